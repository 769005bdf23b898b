// The built extension (dist/firefox-e2e: dist/firefox plus the 127.0.0.1 host permission) in headless
// Firefox ESR, on the core path: extraction, comparison with a tab, and a pasted URL parsed in the
// event page's own DOM (Firefox has no offscreen document).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, startDemoServer } from '../../scripts/lib/demo-server.mjs';
import { E2E_HOSTS } from '../../scripts/lib/manifest.mjs';
import { findFirefox } from './lib/browsers';
import { launchFirefox, type FirefoxRun } from './lib/firefox';
import { startHostileServer, type HostileServer } from './lib/hostile-server';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.FIREFOX_EXT_DIR ?? resolve(ROOT, 'dist', 'firefox-e2e');
const ARTIFACTS = resolve(ROOT, 'artifacts');
const WIRE_TITLE = 'NATO allies agree to pool defenses for undersea cables after Geneva talks';

const found = findFirefox();
if (!found.ok) console.warn(`firefox.e2e: skipped. ${found.why}`);

(found.ok ? describe : describe.skip)('Parallax in headless Firefox ESR', () => {
  let run: FirefoxRun;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let hostile: HostileServer;
  const tabIds: Partial<Record<keyof typeof DEMO_PAGES, number>> = {};

  const openArticle = async (name: keyof typeof DEMO_PAGES) => {
    const page = await run.browser.newPage();
    const url = server.url(DEMO_PAGES[name]);
    await page.goto(url);
    tabIds[name] = await run.tabIdOf(url);
  };
  const openPopup = (tabId: number) => run.openExtensionPage(`popup.html?tabId=${tabId}`, { width: 400, height: 600 });
  const text = (page: Page, testid: string) => page.$eval(`[data-testid="${testid}"]`, (el) => el.textContent);
  // The popup page is an extension page, so it may speak to the background exactly as the popup does.
  const ask = (page: Page, message: object) =>
    page.evaluate((m) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage(m), message as Record<string, unknown>);

  beforeAll(async () => {
    if (!found.ok) return; // narrows `found`; the suite is skipped then anyway
    mkdirSync(ARTIFACTS, { recursive: true });
    [server, hostile] = await Promise.all([startDemoServer(), startHostileServer()]);
    run = await launchFirefox({ extDir: EXT_DIR, path: found.browser });
    for (const name of ['wire', 'british'] as const) await openArticle(name);
  });

  afterAll(async () => {
    await run?.close();
    await Promise.all([server?.close(), hostile?.close()]);
  });

  it('runs the background as an event page with its own DOM and the test origin granted', async () => {
    const popup = await run.openExtensionPage('options.html');
    const env = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return { manifest: api.runtime.getManifest().manifest_version, origins: (await api.permissions.getAll()).origins };
    });
    // Granted at temporary install, without a prompt: exactly the test build's hosts.
    expect({ ...env, origins: [...env.origins!].sort() }).toEqual({ manifest: 3, origins: [...E2E_HOSTS].sort() });
    await popup.close();
  });

  it('extracts the article of the tab the popup is opened on', async () => {
    const popup = await openPopup(tabIds.wire!);
    await popup.waitForSelector('[data-state="ready"]', { timeout: 20_000 });
    expect(await text(popup, 'article-title')).toBe(WIRE_TITLE);
    expect(await text(popup, 'article-outlet')).toBe('Atlas Wire');
    expect(await text(popup, 'article-paragraphs')).toContain('7 paragraphs');
    // As the popup receives it, from the tab's content script.
    const reply = (await popup.evaluate(
      (tabId) => (globalThis as unknown as { browser: typeof chrome }).browser.tabs.sendMessage(tabId, { type: 'parallax-extract' }),
      tabIds.wire!,
    )) as { ok: boolean; article: { paragraphs: string[] } };
    expect(reply.ok).toBe(true);
    expect(reply.article.paragraphs[0]).toMatch(/^GENEVA \(Atlas Wire\) — NATO allies and the European Union agreed on Wednesday/);
    expect(reply.article.paragraphs).toContain('Defense ministers will review the plan at a meeting in Oslo on Sept. 12.');
    expect(reply.article.paragraphs.join('\n')).not.toContain('Photo: Jonas Brekke');
    await popup.waitForSelector('[data-testid="tab-list"]');
    await popup.screenshot({ path: resolve(ARTIFACTS, 'firefox-popup.png') });
    await popup.close();
  });

  it('compares with the British tab', async () => {
    const popup = await openPopup(tabIds.wire!);
    await popup.waitForSelector(`[data-testid="tab-choice"][data-tab-id="${tabIds.british}"]`, { timeout: 20_000 });
    await popup.click(`[data-testid="tab-choice"][data-tab-id="${tabIds.british}"]`);
    await popup.waitForSelector('[data-state="compared"]', { timeout: 20_000 });
    expect(await text(popup, 'other-outlet')).toBe('The Northgate Chronicle');
    const variants = await popup.$$eval('[data-testid="variants"] li', (items) =>
      items.map((li) => `${li.getAttribute('data-kind')}: ${li.querySelector('.a')?.textContent} → ${li.querySelector('.b')?.textContent}`),
    );
    expect(variants).toContain('case: NATO → Nato');
    expect(await text(popup, 'only-b')).toContain('Shipping industry groups warned');
    await popup.screenshot({ path: resolve(ARTIFACTS, 'firefox-popup-compared.png') });
    await popup.close();
  });

  it('compares with a pasted URL, fetched and parsed in the background page', async () => {
    const popup = await openPopup(tabIds.wire!);
    await popup.waitForSelector('[data-state="ready"]', { timeout: 20_000 });
    await popup.type('[data-testid="url-input"]', server.url(DEMO_PAGES.republished));
    await popup.click('[data-testid="url-compare"]');
    await popup.waitForSelector('[data-state="compared"]', { timeout: 20_000 });
    expect(await text(popup, 'other-outlet')).toBe('Riverbend Daily Post');

    const reply = (await ask(popup, { type: 'fetch-article', url: server.url(DEMO_PAGES.british) })) as { ok: boolean; via: string; article: { outlet: string } };
    expect(reply).toMatchObject({ ok: true, via: 'background-dom', article: { outlet: 'The Northgate Chronicle' } });
    await popup.close();
  });

  // Firefox parses fetched pages in the event page itself, the most privileged context there is: the
  // hostile pages of test/e2e/hostile.e2e.test.ts (which covers them all in Chromium) must leave no trace
  // in it either.
  it('parses hostile pages in the event page without running or loading anything from them', async () => {
    const popup = await openPopup(tabIds.wire!);
    const dialogs: string[] = [];
    popup.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => {});
    });
    await popup.waitForSelector('[data-state="ready"]', { timeout: 20_000 });
    hostile.reset();
    for (const path of ['/hostile/script.html', '/hostile/handlers.html', '/hostile/iframes.html', '/hostile/links.html', '/hostile/meta-refresh.html']) {
      const reply = await ask(popup, { type: 'fetch-article', url: hostile.url(path) });
      expect(reply, path).toMatchObject({ ok: true, via: 'background-dom', article: { outlet: 'The Quayside Ledger' } });
    }
    await popup.type('[data-testid="url-input"]', hostile.url('/hostile/literal-markup.html'));
    await popup.click('[data-testid="url-compare"]');
    await popup.waitForSelector('[data-state="compared"]', { timeout: 20_000 });
    const onlyB = await popup.$$eval('[data-testid="only-b"] li', (items) => items.map((li) => li.textContent ?? ''));
    expect(onlyB.some((t) => t.includes('<img src=x onerror=alert(1)>'))).toBe(true);
    expect(onlyB.some((t) => t.includes('<script>alert(1)</script>'))).toBe(true);
    expect(await popup.$$eval('img, iframe, object, embed, script:not([src])', (els) => els.length)).toBe(0);

    const traces = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const views = api.extension.getViews().map((w) => {
        const win = w as Window & { __parallaxPwned?: string };
        return { path: win.location.pathname, pwned: win.__parallaxPwned ?? null, stored: win.localStorage.getItem('parallax-pwned') };
      });
      return { views, stored: (await api.storage.local.get('pwned')).pwned ?? null };
    });
    expect(traces.views.map((v) => v.path)).toContain('/_generated_background_page.html');
    expect(traces.views.filter((v) => v.pwned || v.stored)).toEqual([]);
    expect(traces.stored).toBeNull();
    expect(dialogs).toEqual([]);
    // Only the pages themselves were ever requested: no beacon, framed page, external script or image.
    expect(hostile.leaks()).toEqual([]);
    expect(new Set(hostile.requests())).toEqual(
      new Set(['/hostile/script.html', '/hostile/handlers.html', '/hostile/iframes.html', '/hostile/links.html', '/hostile/meta-refresh.html', '/hostile/literal-markup.html']),
    );
    await popup.close();
  });
});
