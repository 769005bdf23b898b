// The built extension (dist/chrome-e2e) in real headless Chromium, against the demo newsstand.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../../extension/errors';
import { DEMO_PAGES, startDemoServer } from '../../scripts/lib/demo-server.mjs';
import { findChromium } from './lib/browsers';
import { launchWithExtension, openPopup as openPopupPage, openTab, type ChromiumRun } from './lib/chromium';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.EXT_DIR ?? resolve(ROOT, 'dist', 'chrome-e2e');
const ARTIFACTS = resolve(ROOT, 'artifacts');

// Under CI a missing browser fails the run (findChromium throws); elsewhere the suite is skipped.
const found = findChromium();
if (!found.ok) console.warn(`extension.e2e: skipped. ${found.why}`);

(found.ok ? describe : describe.skip)('Parallax in headless Chromium', () => {
  let run: ChromiumRun;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  const tabs: Record<string, { page: Page; id: number; url: string }> = {};

  const openArticle = async (name: keyof typeof DEMO_PAGES) => {
    tabs[name] = await openTab(run, server.url(DEMO_PAGES[name]));
    return tabs[name];
  };

  const openPopup = (tabId: number) => openPopupPage(run, tabId);

  const offscreenCount = () =>
    run.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] })).length);

  beforeAll(async () => {
    if (!found.ok) return; // narrows `found`; the suite is skipped then anyway
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startDemoServer();
    run = await launchWithExtension({ extDir: EXT_DIR, headless: true, browser: found.browser });
    for (const name of ['wire', 'british', 'republished', 'sectionFront'] as const) await openArticle(name);
  });

  afterAll(async () => {
    await run?.context.close();
    await server?.close();
  });

  it('runs the background as a module service worker without a DOM', async () => {
    const env = await run.worker.evaluate(() => ({
      dom: typeof DOMParser !== 'undefined' || typeof document !== 'undefined',
      offscreen: typeof chrome.offscreen?.createDocument === 'function',
      manifest: chrome.runtime.getManifest().manifest_version,
    }));
    expect(env).toEqual({ dom: false, offscreen: true, manifest: 3 });
  });

  it('shows the extracted article in the popup', async () => {
    const popup = await openPopup(tabs.wire.id);
    await popup.waitForSelector('[data-state="ready"]');
    expect(await popup.textContent('[data-testid="article-title"]')).toBe('NATO allies agree to pool defenses for undersea cables after Geneva talks');
    expect(await popup.textContent('[data-testid="article-outlet"]')).toBe('Atlas Wire');
    expect(await popup.textContent('[data-testid="article-date"]')).toContain('26 Feb 2025');
    const readyMs = Number(await popup.getAttribute('[data-testid="popup"]', 'data-ready-ms'));
    console.log(`popup ready ${readyMs} ms after it began loading`);
    expect(readyMs).toBeGreaterThan(0);
    expect(readyMs).toBeLessThan(3000); // target 100 ms on a desktop; a shared 2-core CI box is noisier

    // The plain-text paragraphs, as the popup receives them from the tab's content script: article text
    // only, the furniture cleaned away.
    const article = await popup.evaluate(async (tabId) => (await chrome.tabs.sendMessage(tabId, { type: 'parallax-extract' })).article, tabs.wire.id);
    expect(article.paragraphs[0]).toMatch(/^GENEVA \(Atlas Wire\) — NATO allies and the European Union agreed on Wednesday/);
    expect(article.paragraphs).toContain('Defense ministers will review the plan at a meeting in Oslo on Sept. 12.');
    const all = article.paragraphs.join('\n');
    for (const furniture of ['Photo: Jonas Brekke', 'contributed to this report', 'Sign up for', 'Investigators board freighter', 'All rights reserved', 'Follow us']) {
      expect(all).not.toContain(furniture);
    }
    expect(article.paragraphs).toHaveLength(7);
    await popup.waitForSelector('[data-testid="tab-list"]');
    await popup.locator('[data-testid="popup"]').screenshot({ path: resolve(ARTIFACTS, 'popup.png') });
    await popup.close();
  });

  it('compares with the British tab and lists the known differences', async () => {
    const popup = await openPopup(tabs.wire.id);
    await popup.click(`[data-testid="tab-choice"][data-tab-id="${tabs.british.id}"]`);
    await popup.waitForSelector('[data-state="compared"]', { timeout: 20_000 });
    expect(await popup.textContent('[data-testid="other-outlet"]')).toBe('The Northgate Chronicle');
    const variants = await popup.$$eval('[data-testid="variants"] li', (items) =>
      items.map((li) => `${li.getAttribute('data-kind')}: ${li.querySelector('.a')?.textContent} → ${li.querySelector('.b')?.textContent}`),
    );
    console.log('variants:', variants);
    expect(variants).toContain('case: NATO → Nato');
    expect(variants.some((v) => /^spelling: [Dd]efenses → [Dd]efences$/.test(v))).toBe(true);
    expect(await popup.textContent('[data-testid="only-b"]')).toContain('Shipping industry groups warned');
    await popup.locator('[data-testid="popup"]').screenshot({ path: resolve(ARTIFACTS, 'popup-compared.png') });
    await popup.close();
  });

  it('gives a plain sentence on a page that is not an article', async () => {
    const popup = await openPopup(tabs.sectionFront.id);
    await popup.waitForSelector('[data-state="not-an-article"]');
    expect(await popup.textContent('[data-testid="error-sentence"]')).toBe(ERRORS['not-an-article'].sentence);
    expect(await popup.textContent('[data-testid="popup"]')).not.toMatch(/Error:|at \w+ \(|undefined/);
    await popup.close();
  });

  it('compares with a pasted URL, fetched by the background and parsed in one offscreen document', async () => {
    const popup = await openPopup(tabs.wire.id);
    await popup.waitForSelector('[data-state="ready"]');
    await popup.fill('[data-testid="url-input"]', server.url(DEMO_PAGES.republished));
    await popup.click('[data-testid="url-compare"]');
    await popup.waitForSelector('[data-state="compared"]', { timeout: 20_000 });
    expect(await popup.textContent('[data-testid="other-outlet"]')).toBe('Riverbend Daily Post');
    expect(await offscreenCount()).toBe(1);

    // Four fetches at once still make exactly one offscreen document (the shared-promise guard).
    const vias = await popup.evaluate(
      (urls) => Promise.all(urls.map(async (url) => (await chrome.runtime.sendMessage({ type: 'fetch-article', url })).via)),
      [DEMO_PAGES.wire, DEMO_PAGES.british, DEMO_PAGES.republished, DEMO_PAGES.wire].map((p) => server.url(p)),
    );
    expect(vias).toEqual(['offscreen', 'offscreen', 'offscreen', 'offscreen']);
    expect(await offscreenCount()).toBe(1);
    await popup.close();
  });

  it('opens the real toolbar popup on the active tab', async () => {
    await tabs.wire.page.bringToFront();
    const options = await run.context.newPage();
    await options.goto(run.extensionUrl('options.html'));
    await tabs.wire.page.bringToFront();
    await run.worker.evaluate(() => chrome.action.openPopup());
    // Playwright does not adopt the action popup as a Page: read it from another extension page.
    await expect
      .poll(
        () =>
          options.evaluate(() => {
            const [view] = chrome.extension.getViews({ type: 'popup' });
            return view?.document.querySelector('[data-testid="article-title"]')?.textContent ?? null;
          }),
        { timeout: 15_000 },
      )
      .toBe('NATO allies agree to pool defenses for undersea cables after Geneva talks');
    await options.close();
  });

  it('saves a setting that survives a reload, and the popup honours it', async () => {
    const options = await run.context.newPage();
    await options.goto(run.extensionUrl('options.html'));
    await options.waitForSelector('[data-status="idle"]');
    // The setting is stored as showCosmetic; the options page shows it inverted, as "hide house style".
    expect(await options.isChecked('[data-testid="hide-style-default"]')).toBe(false);
    await options.check('[data-testid="hide-style-default"]');
    await options.fill('[data-testid="fetch-timeout"]', '20');
    await options.click('[data-testid="save"]');
    await options.waitForSelector('[data-status="saved"]');
    await options.screenshot({ path: resolve(ARTIFACTS, 'options.png') });
    await options.reload();
    await options.waitForSelector('[data-status="idle"]');
    expect(await options.isChecked('[data-testid="hide-style-default"]')).toBe(true);
    expect(await options.inputValue('[data-testid="fetch-timeout"]')).toBe('20');

    const popup = await openPopup(tabs.wire.id);
    await popup.click(`[data-testid="tab-choice"][data-tab-id="${tabs.british.id}"]`);
    await popup.waitForSelector('[data-state="compared"]', { timeout: 20_000 });
    expect(await popup.locator('[data-testid="variants"]').count()).toBe(0);
    expect(await popup.locator('[data-testid="wording"]').count()).toBe(1);
    await popup.close();
    await options.close();
  });
});
