// Starts Chromium with an unpacked build loaded, for `npm start` and the e2e tests (playwright-core,
// never its own browser download: always an executablePath from find-browser).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from './find-browser.mjs';

const QUIET_FLAGS = ['--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--disable-gpu'];

/**
 * `args` are extra browser flags (the discovery e2e maps *.test to 127.0.0.1 with --host-resolver-rules);
 * `userDataDir` reuses a profile, so a test can close the browser and relaunch it on the same data.
 * @param {{ extDir: string, headless?: boolean, browser?: { path: string, branded: boolean }, viewport?: { width: number, height: number } | null, args?: string[], userDataDir?: string }} options
 */
export async function launchWithExtension({ extDir, headless = true, browser = findBrowser(), viewport, args = [], userDataDir = mkdtempSync(join(tmpdir(), 'parallax-profile-')) }) {
  const common = { executablePath: browser.path, headless, viewport: viewport === undefined ? { width: 1100, height: 800 } : viewport };
  let context;
  if (!browser.branded) {
    // Both flags are needed: Playwright's defaults include --disable-extensions (recipe §9).
    context = await chromium.launchPersistentContext(userDataDir, {
      ...common,
      args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...QUIET_FLAGS, ...args],
    });
  } else {
    // Google-branded Chrome ignores --load-extension since 137: load the build over CDP instead.
    context = await chromium.launchPersistentContext(userDataDir, {
      ...common,
      args: ['--enable-unsafe-extension-debugging', ...QUIET_FLAGS, ...args],
      ignoreDefaultArgs: ['--disable-extensions'],
    });
    const owner = context.browser();
    if (!owner) throw new Error('This Playwright version cannot open a browser-level CDP session for a persistent context.');
    await (await owner.newBrowserCDPSession()).send('Extensions.loadUnpacked', { path: extDir });
  }
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    /** The id of the tab showing exactly this URL (asked of the extension, as the popup would). */
    async tabIdOf(url) {
      // Runs inside the service worker, where `chrome` exists.
      // eslint-disable-next-line no-undef
      const ids = await worker.evaluate(async (u) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id), url);
      if (!ids.length) throw new Error(`No tab shows ${url}`);
      return ids[0];
    },
  };
}
