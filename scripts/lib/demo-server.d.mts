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
