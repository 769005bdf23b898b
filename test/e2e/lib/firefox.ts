// Firefox ESR with an unpacked build installed, over WebDriver BiDi (puppeteer-core 24.43.1; recipe §10).
// playwright-core cannot install extensions into stock Firefox, hence a second driver for this one browser.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

// Extension pages never fire a load event that reaches puppeteer over BiDi: navigation is given this long
// to "finish", then readiness is read from the page itself.
const EXTENSION_GOTO_MS = 1500;

export interface FirefoxRun {
  browser: Browser;
  uuid: string;
  extensionUrl: (path: string) => string;
  /** An extension page in a new tab, loaded (see EXTENSION_GOTO_MS). */
  openExtensionPage: (path: string, viewport?: { width: number; height: number }) => Promise<Page>;
  /** The tab id the extension sees for the tab showing exactly this URL. */
  tabIdOf: (url: string) => Promise<number>;
  close: () => Promise<void>;
}

/** `prefs`: extra Firefox preferences (the privacy suite maps the invented outlets' hosts with one). */
export async function launchFirefox({ extDir, path, headless = true, prefs = {} }: { extDir: string; path: string; headless?: boolean; prefs?: Record<string, unknown> }): Promise<FirefoxRun> {
  const geckoId: string = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  // A known moz-extension UUID, so extension pages can be opened by URL without asking the browser.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: path,
    headless,
    // BiDi refuses to navigate to moz-extension:// without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...prefs, 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) },
  });
  try {
    const installed = await browser.installExtension(extDir);
    if (installed !== geckoId) throw new Error(`Firefox installed ${installed}, expected ${geckoId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionUrl = (p: string) => `moz-extension://${uuid}/${p}`;

  const openExtensionPage = async (p: string, viewport?: { width: number; height: number }) => {
    const page = await browser.newPage();
    if (viewport) await page.setViewport(viewport);
    await page.goto(extensionUrl(p), { timeout: EXTENSION_GOTO_MS }).catch((error: unknown) => {
      if (!(error instanceof Error && /timeout/i.test(error.message))) throw error;
    });
    await page.waitForFunction(() => document.readyState === 'complete', { timeout: 15_000 });
    return page;
  };

  let control: Page | null = null;
  const tabIdOf = async (url: string) => {
    control ??= await openExtensionPage('options.html');
    // Firefox match patterns carry no port: query the URL's host, then compare whole URLs.
    const ids = await control.evaluate(async (u) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await api.tabs.query({ url: `http://${new URL(u).hostname}/*` })).filter((t) => t.url === u).map((t) => t.id);
    }, url);
    if (!ids.length || typeof ids[0] !== 'number') throw new Error(`No tab shows ${url}`);
    return ids[0];
  };

  return { browser, uuid, extensionUrl, openExtensionPage, tabIdOf, close: () => browser.close() };
}
