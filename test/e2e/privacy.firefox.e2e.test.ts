// Privacy of a real discovery in headless Firefox ESR: the same scenario and assertions as the Chromium
// suite (test/e2e/lib/privacy-scenario.ts says what is checked and why), on the firefox-e2e build, where
// the background is an event page and fetched pages are parsed in it. The invented outlets' *.test hosts
// reach the fake server through network.dns.localDomains, Firefox's counterpart of Chromium's
// --host-resolver-rules.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startFakeProviders, type FakeProviders } from '../fixtures/fake-providers';
import { findFirefox } from './lib/browsers';
import { POPUP_VIEWPORT } from './lib/chromium';
import { launchFirefox, type FirefoxRun } from './lib/firefox';
import { COOKIE_HOSTS, OWN_SITE_HOSTS, configurePrivacy, cookieValue, runPrivacyScenario, SESSION_COOKIE, stagePrivacyWorld, popupViewInPage, type PrivacyBrowser, type PrivacyWorld } from './lib/privacy-scenario';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.FIREFOX_EXT_DIR ?? resolve(ROOT, 'dist', 'firefox-e2e');
const DONE_MS = 45_000;

const found = findFirefox();
if (!found.ok) console.warn(`privacy.firefox.e2e: skipped. ${found.why}`);

type Api = typeof chrome;

function firefoxDriver(run: FirefoxRun, control: Page): PrivacyBrowser {
  return {
    async setLocal(items) {
      await control.evaluate((i) => (globalThis as unknown as { browser: Api }).browser.storage.local.set(i), items);
    },
    setCookies: (hosts) => run.browser.setCookie(...hosts.map((domain) => ({ name: SESSION_COOKIE, value: cookieValue(domain), domain, path: '/', sameSite: 'Lax' as const }))),
    async openTab(url) {
      const page = await run.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return { close: () => page.close() };
    },
    // Firefox's own pages (about:robots…) never finish navigating over WebDriver BiDi: the tab stays on
    // about:blank. A local file is the neighbour no build may read instead (no file:// permission; the
    // extension does not even see the tab's address).
    async openRestricted() {
      const file = join(mkdtempSync(join(tmpdir(), 'parallax-local-')), 'notes.html');
      writeFileSync(file, '<!doctype html><title>Local notes</title><p>Freighter notes kept on this machine.</p>');
      const page = await run.browser.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      return { close: () => page.close() };
    },
    async runPopup(url) {
      const popup = await run.openExtensionPage(`popup.html?tabId=${await run.tabIdOf(url)}`, POPUP_VIEWPORT);
      await popup.waitForSelector('[data-discovery="done"]', { timeout: DONE_MS });
      return { view: await popup.evaluate(popupViewInPage), close: () => popup.close() };
    },
  };
}

(found.ok ? describe : describe.skip)('Privacy of discovery in headless Firefox ESR', () => {
  let providers: FakeProviders;
  let run: FirefoxRun;
  let staged: PrivacyWorld;
  let browser: PrivacyBrowser;

  beforeAll(async () => {
    if (!found.ok) return; // narrows `found`; the suite is skipped then anyway
    providers = await startFakeProviders();
    const hosts = [...COOKIE_HOSTS, ...OWN_SITE_HOSTS].filter((h) => h.endsWith('.test'));
    run = await launchFirefox({ extDir: EXT_DIR, path: found.browser, prefs: { 'network.dns.localDomains': hosts.join(',') } });
    staged = stagePrivacyWorld(providers);
    browser = firefoxDriver(run, await run.openExtensionPage('options.html'));
    await configurePrivacy(staged, browser);
  }, 60_000);

  afterAll(async () => {
    await run?.close();
    await providers?.close();
  });

  it('nothing leaves before the click; providers get the keywords, language and dates, never the page’s address or site; the own site is left out in the browser; nobody gets cookies but the opted-in outlets, not even a site one of them redirects to', async () => {
    await runPrivacyScenario(staged, browser);
  }, 90_000);
});
