// Discovery end to end in headless Chromium: the reader opens the Atlas Wire article, clicks the button,
// accepts the first-use privacy text, and the background searches fake Bing / Google News / GDELT,
// resolves Google's opaque links, fetches each outlet from its own host, decides same story or not,
// groups the wire copies, compares, and streams it all to the popup.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, startDemoServer } from '../../scripts/lib/demo-server.mjs';
import { startFakeProviders, type FakeItem, type FakeProviders } from '../fixtures/fake-providers';
import type { CoverageSession } from '../../extension/coverage';
import { findChromium } from './lib/browsers';
import { extensionWithTestHosts, launchMapped, outletUrl, providerResults } from './lib/discovery-world';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.EXT_DIR ?? resolve(ROOT, 'dist', 'chrome-e2e');
const ARTIFACTS = resolve(ROOT, 'artifacts');

const found = findChromium();

(found.ok ? describe : describe.skip)('Discovery in headless Chromium', () => {
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
    run = await launchMapped(extensionWithTestHosts(EXT_DIR), found.ok ? found.browser.path : '');
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

  /** The reader's page in a new tab and the popup on it; `until` a selector to wait for, or null. */
  const openPopupOn = async (readerUrl: string, until: string | null = '[data-discovery="done"]') => {
    const page = await run.context.newPage();
    await page.goto(readerUrl);
    const tabId = await run.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, readerUrl);
    const popup = await run.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(run.extensionUrl(`popup.html?tabId=${tabId}`));
    if (until) await popup.waitForSelector(until, { timeout: 45_000 });
    return { page, popup };
  };

  it('finds, fetches, decides, groups and compares by itself after the first click', async () => {
    const { page, popup } = await openPopupOn(outletUrl(port, DEMO_PAGES.wire), null);

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

  /** The background's session for a reader's host, from storage.session. */
  const sessionOf = (host: string) =>
    run.worker.evaluate(async (h) => {
      const all = await chrome.storage.session.get(null);
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('coverage:') && k !== 'coverage:index' && (v as { session: { articleId: string } }).session.articleId.includes(h));
      return hit ? (hit[1] as { session: CoverageSession }).session : null;
    }, host);


  it('sends the broad query when the precise one finds too few, adds Google’s top-story cluster, and leaves a bot-walled site alone on the next click', async () => {
    providers.clearFaults();
    await run.worker.evaluate((s) => chrome.storage.local.set({ settings: { ...s, privacyAcknowledged: true } }), providers.settings);
    const at = (path: string) => outletUrl(port, path);
    const fakePort = new URL(providers.origin).port;
    const walledPath = '/stonegate-star/world/nato-cables.html';
    providers.page(walledPath, {
      status: 403,
      body: '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id="challenge-platform">Checking your browser</div><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1"></script></body></html>',
    });
    const northgate: FakeItem = { title: 'Nato and EU agree to pool cable defences after Geneva talks', url: at(DEMO_PAGES.british), outlet: 'The Northgate Chronicle', published: '2025-02-26T15:30:00Z' };
    const walled: FakeItem = { title: 'NATO and EU to pool undersea cable defenses', url: `http://stonegate-star.test:${fakePort}${walledPath}`, outlet: 'The Stonegate Star', published: '2025-02-26T17:00:00Z' };
    // Q1 finds two outlets and Google's top stories a third: fewer than 5, so Q2 goes out and finds the rest.
    providers.setItemSequence('bing', [[northgate, walled], [
      { title: 'NATO allies agree to pool defenses for undersea cables', url: at(DEMO_PAGES.republished), outlet: 'Riverbend Daily Post', published: '2025-02-26T18:00:00Z' },
      { title: 'Nato and EU agree undersea cable shield', url: at(DEMO_PAGES.paywalled), outlet: 'The Meridian Times', published: '2025-02-26T16:00:00Z' },
    ]]);
    providers.setItemSequence('google-news', [[], []]);
    providers.setItemSequence('gdelt', [[], []]);
    providers.setTopStories([
      { title: 'County broadband plan clears first vote', outlet: 'Valley Courier', published: '2025-02-26T10:00:00Z', links: [{ title: 'County broadband plan clears first vote', url: `http://valley-courier.test:${port}/valley-courier/county-broadband.html`, outlet: 'Valley Courier' }] },
      { title: 'Allies strike pact to guard undersea cables', outlet: 'The Lakeside Ledger', published: '2025-02-26T19:30:00Z', links: [{ title: 'Allies strike pact to guard undersea cables', url: at(DEMO_PAGES.wireAgain), outlet: 'The Lakeside Ledger' }] },
    ]);

    const mark = providers.log.length;
    const first = await openPopupOn(outletUrl(port, DEMO_PAGES.wire).replace('://', '://broad-'));
    const session = await sessionOf('broad-atlas-wire.test');
    const item = (outlet: string) => session?.items.find((i) => i.outlet === outlet);
    console.log(session?.items.map((i) => `${i.outlet} [${i.providers.join(',')}]: ${i.state}${i.failure ? ` (${i.failure.reason})` : ''}`).join('\n'));
    expect(session?.done).toBe(true);
    // Q1's outlet, the top-story cluster's outlet (a Google link, resolved), Q2's outlets.
    expect(item('The Northgate Chronicle')).toMatchObject({ state: 'compared' });
    expect(item('The Lakeside Ledger')).toMatchObject({ providers: ['google-news'], url: at(DEMO_PAGES.wireAgain) });
    expect(item('Riverbend Daily Post')).toBeDefined();
    expect(item('The Meridian Times')).toMatchObject({ state: 'failed', failure: { reason: 'paywall' } });
    expect(item('Valley Courier')).toBeUndefined();
    expect(item('The Stonegate Star')).toMatchObject({ state: 'failed', failure: { reason: 'bot-wall' } });

    // What went out: each search service twice, the second time the top two names alone; GDELT 5 s apart.
    const log = providers.log.slice(mark);
    const searchesOf = (path: string) => log.filter((r) => r.path === path);
    const bing = searchesOf('/bing/news/search');
    const google = searchesOf('/google/rss/search');
    const gdelt = searchesOf('/gdelt/api/v2/doc/doc');
    expect([bing.length, google.length, gdelt.length]).toEqual([2, 2, 2]);
    const broad = session!.broadQuery!;
    expect(broad.entities.length).toBeGreaterThan(0);
    expect(broad.entities.length).toBeLessThanOrEqual(2);
    expect(broad.keywords).toEqual([]);
    expect(bing[1].params.q).toBe(broad.entities.join(' '));
    expect(bing[1].params.q.length).toBeLessThan(bing[0].params.q.length);
    for (const pair of [bing, google, gdelt]) expect(Object.keys(pair[1].params).sort()).toEqual(Object.keys(pair[0].params).sort());
    expect(gdelt[1].at - gdelt[0].at).toBeGreaterThanOrEqual(5000);
    const top = searchesOf('/google/rss');
    expect(top).toHaveLength(1);
    expect(Object.keys(top[0].params).sort()).toEqual(['ceid', 'gl', 'hl']);
    for (const r of [...bing, ...google, ...gdelt, ...top]) {
      expect(r.headers.cookie).toBeUndefined();
      expect(`${r.path} ${JSON.stringify(r.params)} ${r.body}`).not.toContain('nato-eu-undersea-cables');
    }
    expect(log.filter((r) => r.path === walledPath)).toHaveLength(1);
    await first.popup.close();
    await first.page.close();

    // The next click, on another article: the walled site is listed with the reason, and not asked again.
    providers.setItems('bing', [northgate, walled]);
    providers.setTopStories([]);
    const again = providers.log.length;
    const second = await openPopupOn(outletUrl(port, DEMO_PAGES.wire).replace('://', '://walls-'));
    const card = second.popup.locator('[data-testid="card"]', { hasText: 'The Stonegate Star' });
    expect(await card.getAttribute('data-state')).toBe('failed');
    expect(await card.textContent()).toMatch(/stonegate-star\.test blocked an earlier request as automated traffic/);
    expect(providers.log.slice(again).filter((r) => r.path === walledPath)).toHaveLength(0);
    expect((await sessionOf('walls-atlas-wire.test'))?.items.find((i) => i.outlet === 'The Stonegate Star')?.failure?.reason).toBe('bot-wall-earlier');
    await second.popup.close();
    await second.page.close();
  }, 120_000);
});

