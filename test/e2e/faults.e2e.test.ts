// Failing providers end to end in headless Chromium: the scenario and its assertions are shared with the
// Firefox suite (test/e2e/lib/faults-scenario.ts says what is checked and why); this file says how Chromium
// opens tabs and the popup, writes the settings, reads the session, and goes offline.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { findChromium } from './lib/browsers';
import { readPopup, sessionFor, startCoverageWorld, tabIdOf, waitDone, type CoverageWorld } from './lib/coverage-world';
import { POPUP_VIEWPORT } from './lib/chromium';
import { defineFaultsTests, stageFaultsWorld, type FaultsBrowser } from './lib/faults-scenario';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.EXT_DIR ?? resolve(ROOT, 'dist', 'chrome-e2e');
const found = findChromium();

function chromiumDriver(world: CoverageWorld): FaultsBrowser {
  const { context } = world.run;
  return {
    setLocal: (items) => world.control.evaluate((i) => chrome.storage.local.set(i), items),
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url);
      return { close: () => page.close() };
    },
    async openPopup(url) {
      const popup = await context.newPage();
      await popup.setViewportSize(POPUP_VIEWPORT);
      await popup.goto(world.run.extensionUrl(`popup.html?tabId=${await tabIdOf(world, url)}`));
      return {
        waitDone: (timeout) => waitDone(popup, timeout),
        view: () => readPopup(popup),
        screenshot: async (path) => void (await popup.screenshot({ path, fullPage: true })),
        close: () => popup.close(),
      };
    },
    session: (url) => sessionFor(world, url),
    // Offline as the background meets it: every provider's connection is reset on arrival (a fetch that
    // rejects with a network error, which is all an offline fetch is to the extension).
    async goOffline() {
      for (const p of ['bing', 'google-news', 'gdelt'] as const) world.providers.fault(p, 'reset');
    },
  };
}

(found.ok ? describe : describe.skip)('Failing providers in headless Chromium', () => {
  let world: CoverageWorld;
  let browser: FaultsBrowser;

  beforeAll(async () => {
    world = await startCoverageWorld(found.ok ? found.browser.path : '', { extDir: EXT_DIR });
    browser = chromiumDriver(world);
    await stageFaultsWorld(world, browser);
  }, 60_000);

  afterAll(async () => {
    await world?.close();
  });

  defineFaultsTests(() => ({ world, browser }));
});
