import type { BrowserContext, Worker } from 'playwright-core';
export function launchWithExtension(options: {
  extDir: string;
  headless?: boolean;
  browser?: { path: string; branded: boolean };
  viewport?: { width: number; height: number } | null;
  args?: string[];
  userDataDir?: string;
}): Promise<{
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  extensionUrl: (path: string) => string;
  tabIdOf: (url: string) => Promise<number>;
}>;
