// Privacy of a real discovery in headless Chromium: the scenario and its assertions are shared with the
// Firefox suite (test/e2e/lib/privacy-scenario.ts says what is checked and why); this file says how
// Chromium opens tabs, sets cookies and storage, and runs the popup.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './lib/browsers';
import { discoverySettings, openReader, readPopup, startCoverageWorld, tabIdOf, waitDone, type CoverageWorld } from './lib/coverage-world';
import { POPUP_VIEWPORT } from './lib/chromium';
import { configurePrivacy, cookieValue, READER_HOST, READER_PATH, runPrivacyScenario, SESSION_COOKIE, stagePrivacyWorld, type PrivacyBrowser, type PrivacyWorld } from './lib/privacy-scenario';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.EXT_DIR ?? resolve(ROOT, 'dist', 'chrome-e2e');
const ARTIFACTS = resolve(ROOT, 'artifacts');
const found = findChromium();

function chromiumDriver(world: CoverageWorld): PrivacyBrowser {
  const { context } = world.run;
  return {
    setLocal: (items) => world.control.evaluate((i) => chrome.storage.local.set(i), items),
    setCookies: (hosts) =>
      context.addCookies(hosts.map((domain) => ({ name: SESSION_COOKIE, value: cookieValue(domain), domain, path: '/', sameSite: 'Lax' as const }))),
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return { close: () => page.close() };
    },
    async openRestricted() {
      const page = await context.newPage();
      await page.goto('chrome://version').catch(() => undefined);
      return { close: () => page.close() };
    },
    async runPopup(url) {
      const popup = await context.newPage();
      await popup.setViewportSize(POPUP_VIEWPORT);
      await popup.goto(world.run.extensionUrl(`popup.html?tabId=${await tabIdOf(world, url)}`));
      await waitDone(popup);
      return { view: await readPopup(popup), close: () => popup.close() };
    },
  };
}

(found.ok ? describe : describe.skip)('Privacy of discovery in headless Chromium', () => {
  let world: CoverageWorld;
  let staged: PrivacyWorld;
  let browser: PrivacyBrowser;

  beforeAll(async () => {
    world = await startCoverageWorld(found.ok ? found.browser.path : '', { extDir: EXT_DIR });
    staged = stagePrivacyWorld(world.providers);
    browser = chromiumDriver(world);
    await configurePrivacy(staged, browser);
  }, 60_000);

  afterAll(async () => {
    await world?.close();
  });

  it('nothing leaves before the click; providers get the keywords, language and dates, never the page’s address or site; the own site is left out in the browser; nobody gets cookies but the opted-in outlets, not even a site one of them redirects to', async () => {
    await runPrivacyScenario(staged, browser);
  }, 90_000);

  it('the first-use text fits the popup, every point readable, and nothing is sent while it is shown', async () => {
    await browser.setLocal({ settings: discoverySettings(world.providers, { bing: true, 'google-news': true, gdelt: true, tabs: true, history: true }, { privacyAcknowledged: false }) });
    const before = world.providers.log.length;
    const { page, popup } = await openReader(world, `${staged.origin(READER_HOST)}${READER_PATH}`);
    const notice = popup.locator('[data-testid="search-privacy"]');
    await notice.waitFor();
    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.screenshot({ path: resolve(ARTIFACTS, 'popup-privacy.png'), fullPage: true });
    const layout = await popup.evaluate(() => {
      const box = document.querySelector('[data-testid="search-privacy"]')!.getBoundingClientRect();
      return {
        overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        width: document.documentElement.clientWidth,
        notice: { left: box.left, right: box.right },
        points: [...document.querySelectorAll('[data-testid="search-privacy"] li')].map((li) => (li.textContent ?? '').length),
      };
    });
    expect(layout.overflowX).toBe(0);
    expect(layout.notice.left).toBeGreaterThanOrEqual(0);
    expect(layout.notice.right).toBeLessThanOrEqual(layout.width);
    expect(layout.points).toHaveLength(5);
    for (const length of layout.points) expect(length).toBeGreaterThan(20);
    await popup.locator('[data-testid="search-start"]').scrollIntoViewIfNeeded();
    expect(await popup.locator('[data-testid="search-start"]').isVisible()).toBe(true);
    expect(world.providers.log.slice(before).filter((r) => r.provider !== 'page')).toEqual([]);
    await popup.close();
    await page.close();
  }, 60_000);
});
