// Discovery end to end in headless Chromium: the reader opens the Atlas Wire article, clicks the button,
// accepts the first-use privacy text, and the background searches fake Bing / Google News / GDELT,
// resolves Google's opaque links, fetches each outlet from its own host, decides same story or not,
// groups the wire copies, compares, and streams it all to the popup.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, startDemoServer } from '../../scripts/lib/demo-server.mjs';
import { findBrowser } from '../../scripts/lib/find-browser.mjs';
import { startFakeProviders, type FakeProviders } from '../fixtures/fake-providers';
import { extensionWithTestHosts, launchMapped, outletUrl, providerResults } from './lib/discovery-world';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.EXT_DIR ?? resolve(ROOT, 'dist', 'chrome-e2e');
const ARTIFACTS = resolve(ROOT, 'artifacts');

function browserOrNull() {
  try {
    return findBrowser();
  } catch (error) {
    if (process.env.CI === 'true') throw error;
    return null;
  }
}
const browser = browserOrNull();

(browser ? describe : describe.skip)('Discovery in headless Chromium', () => {
  let run: Awaited<ReturnType<typeof launchMapped>>;
  let site: Awaited<ReturnType<typeof startDemoServer>>;
  let providers: FakeProviders;
  let port: number;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    site = await startDemoServer();
    port = Number(new URL(site.origin).port);
    providers = await startFakeProviders();
    const results = providerResults(port);
    providers.setItems('bing', results.bing);
    providers.setItems('google-news', results['google-news']);
    // GDELT rejects the query with its HTTP 200 one-liner: it must be named while the others' results show.
    providers.fault('gdelt', 'text-error', { text: 'Your search contained a phrase that was too short.' });
    run = await launchMapped(extensionWithTestHosts(EXT_DIR), browser!.path);
    await run.worker.evaluate(
      (s) => chrome.storage.local.set({ settings: { ...s, privacyAcknowledged: false } }),
      providers.settings,
    );
  }, 60_000);

  afterAll(async () => {
    await run?.context.close();
    await site?.close();
    await providers?.close();
  });

  it('finds, fetches, decides, groups and compares by itself after the first click', async () => {
    const readerUrl = outletUrl(port, DEMO_PAGES.wire);
    const page = await run.context.newPage();
    await page.goto(readerUrl);
    const tabId = await run.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, readerUrl);
    const popup = await run.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(run.extensionUrl(`popup.html?tabId=${tabId}`));

    // First use: the privacy text, and nothing sent before the click.
    await popup.waitForSelector('[data-testid="search-privacy"]');
    expect(providers.log.length).toBe(0);
    await popup.click('[data-testid="search-start"]');

    // Progress streams while searching, then the finished list.
    await popup.waitForSelector('[data-testid="card"]', { timeout: 20_000 });
    await popup.waitForSelector('[data-discovery="done"]', { timeout: 40_000 });
    await popup.locator('[data-testid="popup"]').screenshot({ path: resolve(ARTIFACTS, 'popup-discovery.png') });

    const cards = await popup.$$eval('[data-testid="card"]', (els) =>
      els.map((el) => ({
        outlet: el.querySelector('[data-testid="card-outlet"]')?.textContent ?? '',
        state: el.getAttribute('data-state'),
        verdict: el.getAttribute('data-verdict'),
        wire: el.querySelector('[data-testid="wire-copies"]')?.textContent ?? null,
        text: el.textContent ?? '',
      })),
    );
    console.log(cards.map((c) => `${c.outlet}: ${c.state}/${c.verdict}${c.wire ? ` (${c.wire})` : ''}`).join('\n'));
    const byOutlet = (name: string) => cards.find((c) => c.outlet === name);

    // The same-story outlets, with verdicts; the wire copy republished twice is one card.
    expect(byOutlet('The Northgate Chronicle')).toMatchObject({ state: 'compared', verdict: 'same-story' });
    const wireCards = cards.filter((c) => c.outlet === 'Riverbend Daily Post' || c.outlet === 'The Lakeside Ledger');
    expect(wireCards).toHaveLength(1);
    expect(wireCards[0]).toMatchObject({ state: 'compared', verdict: 'same-story' });
    expect(wireCards[0].wire).toMatch(/1/);
    // The paywall and the timeout, plainly.
    expect(byOutlet('The Meridian Times')).toMatchObject({ state: 'failed' });
    expect(byOutlet('The Meridian Times')!.text).toMatch(/paywall/i);
    expect(byOutlet('Coastal Observer')).toMatchObject({ state: 'failed' });
    expect(byOutlet('Coastal Observer')!.text).toMatch(/took too long/i);
    // The other story and the reader's own outlet are left out.
    expect(byOutlet('Harbour Herald')).toBeUndefined();
    expect(byOutlet('Atlas Wire')).toBeUndefined();
    expect(await popup.textContent('[data-testid="left-out"]')).toMatch(/1 result told another story/);
    // The failing provider is named; the others' results show.
    expect(await popup.textContent('[data-testid="provider-failed"][data-provider="gdelt"]')).toMatch(/GDELT rejected the search/);

    // A card's numbers come from the engine, and its full comparison loads on demand.
    const northgate = popup.locator('[data-testid="card"]', { hasText: 'The Northgate Chronicle' });
    expect(await northgate.locator('[data-testid="count-shared"]').count()).toBe(1);
    await northgate.locator('[data-testid="expand"]').click();
    await northgate.locator('.card-detail [data-testid="open-full"]').waitFor({ timeout: 10_000 });

    // Privacy, from the fake server's log: providers got keywords, language and dates; nobody got cookies,
    // a Referer, the page's address or its text.
    const searches = providers.log.filter((r) => r.provider !== 'page');
    expect(searches.some((r) => r.provider === 'bing')).toBe(true);
    expect(searches.some((r) => r.provider === 'google-news')).toBe(true);
    expect(searches.some((r) => r.provider === 'gdelt')).toBe(true);
    for (const r of providers.log) {
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
      const sent = JSON.stringify(r.params) + r.body;
      expect(sent).not.toContain(DEMO_PAGES.wire);
      expect(sent).not.toContain('two days of talks in Geneva');
    }
    const bing = searches.find((r) => r.provider === 'bing' && r.path.endsWith('/news/search'))!;
    expect(Object.keys(bing.params).sort()).toEqual(['format', 'mkt', 'q']);
    const google = searches.find((r) => r.provider === 'google-news' && r.path.endsWith('/rss/search'))!;
    expect(Object.keys(google.params).sort()).toEqual(['ceid', 'gl', 'hl', 'q']);
    expect(google.params.q).toMatch(/after:2025-02-25 before:2025-03-01/);

    // Reopening is instant: the session comes from the background's cache, nothing is searched again.
    const before = providers.log.length;
    await popup.reload();
    await popup.waitForSelector('[data-discovery="done"]', { timeout: 5_000 });
    expect(await popup.locator('[data-testid="card"]').count()).toBe(cards.length);
    expect(providers.log.length).toBe(before);
    await popup.close();
    await page.close();
  }, 90_000);
});
