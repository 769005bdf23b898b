export const SITE_DIR: string;
export const DEMO_PAGES: {
  wire: string;
  british: string;
  republished: string;
  sectionFront: string;
  wireAgain: string;
  otherStory: string;
  paywalled: string;
  timesOut: string;
};
export function startDemoServer(options?: { port?: number; host?: string }): Promise<{
  origin: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}>;
export const OUTLET_HOST_RULES: string;
export const DEMO_BING_PATH: string;
export function outletUrl(port: number, path: string): string;
export function demoSearchItems(port: number): { title: string; url: string; outlet: string; published: string; description: string }[];
