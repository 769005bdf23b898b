// Privacy of a real discovery, checked where it counts: at the receiving end. Every outlet page and every
// search is served by the request-logging fake server, so the test sees each request's URL, body and
// headers. The reader's article carries marker words in its address and body that are neither in its
// title nor among its names: they must never reach a provider. Cookies are set in the browser for every
// outlet and for the providers first, so a request that carried them would show them: none may, except
// the one outlet the reader opted in for ("use my subscription"). An open tab on another story and a
// restricted page sit beside the reader's: the tabs provider reads locally and sends nothing. The precise
// query finds fewer than five, so the broad one goes out too, under the same rules; Google's top-stories
// feed gets the edition and nothing else.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, SITE_DIR } from '../../scripts/lib/demo-server.mjs';
import type { FakeItem } from '../fixtures/fake-providers';
import { findChromium } from './lib/browsers';
import { POPUP_VIEWPORT } from './lib/chromium';
import { configure, openReader, readPopup, startCoverageWorld, tabIdOf, waitDone, type CoverageWorld } from './lib/coverage-world';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.EXT_DIR ?? resolve(ROOT, 'dist', 'chrome-e2e');
const found = findChromium();

/** In the reader's address and body only; no title, no name, nowhere else in the fixtures. */
const URL_MARKER = 'zorblattquench';
const BODY_MARKERS = ['quillmerevat', 'snorkelbrine'];
const SUBSCRIBED = 'meridian-times.test';

(found.ok ? describe : describe.skip)('Privacy of discovery in headless Chromium', () => {
  let world: CoverageWorld;
  let origin: (host: string) => string;
  const readerPath = `/atlas-wire/world/2025/02/26/nato-eu-undersea-cables-${URL_MARKER}.html`;

  /** A demo page served by the logging server on its outlet's own host. */
  const serve = (path: string, host: string, body = readFileSync(resolve(SITE_DIR, `.${path}`), 'utf8')) =>
    world.providers.page(path, { body: body.replaceAll('http://127.0.0.1/', `${origin(host)}/`) });

  beforeAll(async () => {
    world = await startCoverageWorld(found.ok ? found.browser.path : '', { extDir: EXT_DIR });
    const port = new URL(world.providers.origin).port;
    origin = (host) => `http://${host}:${port}`;
    // The reader's article, under two addresses (the second run must be a new article to the background).
    for (const path of [readerPath, readerPath.replace('.html', '-2.html')]) {
      const wire = readFileSync(resolve(SITE_DIR, `.${DEMO_PAGES.wire}`), 'utf8')
        .replace(DEMO_PAGES.wire, path)
        .replace(/(<\/p>)(?![\s\S]*<\/p>)/, `$1\n<p>Engineers at the ${BODY_MARKERS[0]} annex said the ${BODY_MARKERS[1]} readings were routine.</p>`);
      serve(path, 'atlas-wire.test', wire);
    }
    serve(DEMO_PAGES.british, 'northgate-chronicle.test');
    serve(DEMO_PAGES.paywalled, SUBSCRIBED);
    serve(DEMO_PAGES.wireAgain, 'lakeside-ledger.test');
    serve(DEMO_PAGES.otherStory, 'harbour-herald.test');
    const at = (host: string, path: string) => `${origin(host)}${path}`;
    const bing: FakeItem[] = [
      { title: 'Nato and EU agree to pool cable defences after Geneva talks', url: at('northgate-chronicle.test', DEMO_PAGES.british), outlet: 'The Northgate Chronicle', published: '2025-02-26T15:30:00Z' },
      { title: 'Nato and EU agree undersea cable shield', url: at(SUBSCRIBED, DEMO_PAGES.paywalled), outlet: 'The Meridian Times', published: '2025-02-26T16:00:00Z' },
    ];
    world.providers.setItems('bing', bing);
    world.providers.setItems('google-news', [{ title: 'Allies strike pact to guard undersea cables', url: at('lakeside-ledger.test', DEMO_PAGES.wireAgain), outlet: 'The Lakeside Ledger', published: '2025-02-26T19:30:00Z' }]);
    world.providers.setItems('gdelt', []);
    await configure(world, { bing: true, 'google-news': true, gdelt: true, tabs: true, history: true });
    await world.control.evaluate((hosts) => chrome.storage.local.set({ subscriptions: hosts }), [SUBSCRIBED]);
    // Cookies everywhere a request goes: the providers' host and every outlet.
    const hosts = ['127.0.0.1', 'atlas-wire.test', 'northgate-chronicle.test', SUBSCRIBED, 'lakeside-ledger.test', 'harbour-herald.test'];
    await world.run.context.addCookies(hosts.map((domain) => ({ name: 'reader_session', value: `secret-${domain}`, domain, path: '/', sameSite: 'Lax' as const })));
  }, 60_000);

  afterAll(async () => {
    await world?.close();
  });

  it('providers get the keywords, language and dates; nobody gets cookies but the opted-in outlet', async () => {
    // Beside the reader: another story in an open tab, and a page no extension may read.
    const other = await world.run.context.newPage();
    await other.goto(`${origin('harbour-herald.test')}${DEMO_PAGES.otherStory}`);
    const restricted = await world.run.context.newPage();
    await restricted.goto('chrome://version').catch(() => undefined);
    // The reader's tab loads first: its page, stylesheet and cookies are the browser's doing, not ours.
    const readerAt = `${origin('atlas-wire.test')}${readerPath}`;
    const page = await world.run.context.newPage();
    await page.goto(readerAt, { waitUntil: 'load' });
    const before = world.providers.log.length;
    const popup = await world.run.context.newPage();
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.goto(world.run.extensionUrl(`popup.html?tabId=${await tabIdOf(world, readerAt)}`));
    await waitDone(popup);
    const view = await readPopup(popup);
    expect(view.cards.find((c) => c.outlet === 'The Northgate Chronicle')?.state).toBe('compared');
    const meridian = view.cards.find((c) => c.outlet === 'The Meridian Times');
    expect(meridian).toBeDefined();

    // Tabs ask for their favicon whenever the browser likes; that is the browser's request, not ours.
    const log = world.providers.log.slice(before).filter((r) => r.path !== '/favicon.ico');
    const searches = log.filter((r) => r.provider === 'bing' || r.provider === 'google-news' || r.provider === 'gdelt');
    expect(new Set(searches.map((r) => r.provider))).toEqual(new Set(['bing', 'google-news', 'gdelt']));
    for (const r of searches) {
      const sent = `${r.path} ${JSON.stringify(r.params)} ${r.body}`.toLowerCase();
      for (const marker of [URL_MARKER, ...BODY_MARKERS]) expect(sent, `${r.provider} ${r.path}`).not.toContain(marker);
      // The page's address never leaves; its site does, as the query's `-site:` exclusion (discovery.md §3).
      expect(sent).not.toContain('nato-eu-undersea-cables');
      expect(sent.replace(/-site:atlas-wire\.test/g, '')).not.toContain('atlas-wire');
      expect(r.headers.referer).toBeUndefined();
    }
    // What a search is made of: the keyword query, the language / market, the dates.
    const bing = searches.find((r) => r.provider === 'bing')!;
    expect(Object.keys(bing.params).sort()).toEqual(['format', 'mkt', 'q']);
    const google = searches.find((r) => r.path.endsWith('/rss/search'))!;
    expect(Object.keys(google.params).sort()).toEqual(['ceid', 'gl', 'hl', 'q']);
    const gdelt = searches.find((r) => r.provider === 'gdelt')!;
    expect(Object.keys(gdelt.params).every((k) => ['query', 'mode', 'format', 'maxrecords', 'sort', 'startdatetime', 'enddatetime', 'timespan'].includes(k))).toBe(true);
    // Three results are fewer than five: each service was asked a second, broad query (the top two names),
    // made of the same parts as the first and held to the same rules above.
    const paths = { bing: '/bing/news/search', 'google-news': '/google/rss/search', gdelt: '/gdelt/api/v2/doc/doc' } as const;
    for (const [provider, path] of Object.entries(paths)) {
      const pair = searches.filter((r) => r.path === path);
      expect(pair, provider).toHaveLength(2);
      expect(Object.keys(pair[1].params).sort(), provider).toEqual(Object.keys(pair[0].params).sort());
      const q = (r: (typeof pair)[number]) => r.params.q ?? r.params.query;
      expect(q(pair[1]).length, provider).toBeLessThan(q(pair[0]).length);
    }
    // Google's top stories: the edition only, no query at all.
    const top = searches.filter((r) => r.path === '/google/rss');
    expect(top).toHaveLength(1);
    expect(Object.keys(top[0].params).sort()).toEqual(['ceid', 'gl', 'hl']);

    // Cookies: only the opted-in outlet's page request carried the reader's cookie, and only its own.
    const pages = log.filter((r) => r.provider === 'page');
    const subscribed = pages.filter((r) => r.headers.host?.startsWith(SUBSCRIBED));
    expect(subscribed.length).toBeGreaterThan(0);
    for (const r of subscribed) expect(r.headers.cookie).toBe(`reader_session=secret-${SUBSCRIBED}`);
    const others = log.filter((r) => !r.headers.host?.startsWith(SUBSCRIBED));
    expect(others.some((r) => r.provider === 'page')).toBe(true);
    for (const r of others) expect(r.headers.cookie, `${r.headers.host}${r.path}`).toBeUndefined();

    // The open tab was read where it is: its page was not fetched again, and its text went nowhere.
    expect(pages.some((r) => r.path === DEMO_PAGES.otherStory)).toBe(false);
    for (const r of log) expect(`${JSON.stringify(r.params)} ${r.body}`).not.toMatch(/freighter|anchor drags/i);

    // Without the opt-in the same outlet is fetched anonymously.
    await world.control.evaluate(() => chrome.storage.local.set({ subscriptions: [] }));
    const mark = world.providers.log.length;
    const again = await openReader(world, `${origin('atlas-wire.test')}${readerPath.replace('.html', '-2.html')}`);
    await waitDone(again.popup);
    const second = world.providers.log.slice(mark).filter((r) => r.headers.host?.startsWith(SUBSCRIBED) && r.path !== '/favicon.ico');
    expect(second.length).toBeGreaterThan(0);
    for (const r of second) expect(r.headers.cookie).toBeUndefined();
    for (const p of [again.popup, again.page, popup, page, other, restricted]) await p.close();
  }, 90_000);
});
