// The privacy e2e's scenario and assertions, one copy for every browser (test/e2e/privacy*.e2e.test.ts).
// Privacy is checked where it counts: at the receiving end. Every outlet page and every search is served
// by the request-logging fake server, so the scenario sees each request's URL, body and headers. The
// reader's article carries marker words in its address and body that are neither in its title nor among
// its names: they must never reach a provider, and neither may its site (no `-site:` exclusion either).
// Every search service also returns pages from the reader's own site (www., m., amp.): they are left out
// in the browser, never fetched and never shown. Cookies are set in the browser for every outlet and for the
// providers first, so a request that carried them would show them: none may, except the outlets the
// reader opted in for ("use my subscription"). One of them lists a page that redirects to another site,
// which has a cookie too: the opted-in site gets its own cookie once, the redirect's target never gets one,
// and its page still makes a card (fetched anonymously). An open tab on another story and a restricted
// page sit beside the reader's: the tabs provider reads locally and sends nothing. The precise query finds fewer
// than five, so the broad one goes out too, under the same rules; Google's top-stories feed gets the
// edition and nothing else. Each suite supplies a PrivacyBrowser: how its browser opens tabs, sets
// cookies and storage, and runs the popup.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { DEMO_PAGES, SITE_DIR } from '../../../scripts/lib/demo-server.mjs';
import type { FakeItem, FakeProviders, LoggedRequest } from '../../fixtures/fake-providers';
import { discoverySettings, type PopupView } from './coverage-world';
export { popupViewInPage } from './coverage-world';

/** In the reader's address and body only; no title, no name, nowhere else in the fixtures. */
export const URL_MARKER = 'zorblattquench';
export const BODY_MARKERS = ['quillmerevat', 'snorkelbrine'];
export const SUBSCRIBED = 'meridian-times.test';
/** Also opted in: its listed page redirects cross-site to the Lakeside Ledger's copy, a site not opted in. */
export const SUBSCRIBED_REDIRECTING = 'quayside-gazette.test';
export const REDIRECT_TARGET = 'lakeside-ledger.test';
const REDIRECTING_PATH = '/quayside-gazette/world/2025/02/26/nato-cable-pact.html';
export const READER_PATH = `/atlas-wire/world/2025/02/26/nato-eu-undersea-cables-${URL_MARKER}.html`;
/** The reader's site, and every spelling of it a request could carry (host, name, "Atlas Wire"). */
export const READER_HOST = 'atlas-wire.test';
const READER_SITE = /atlas(?:[\s._+-]|%20|%2e|%2d)*wire/i;
/** Where the services say the reader's own site has more: mapped like every test host, never requested. */
export const OWN_SITE_HOSTS = [`www.${READER_HOST}`, `m.${READER_HOST}`, `amp.${READER_HOST}`];
/** The reader's article again under a new address: a new article to the background, so a new run. */
export const SECOND_READER_PATH = READER_PATH.replace('.html', '-2.html');
/** Every host a request goes to: the providers' (the fake server's own) and each outlet's. */
export const COOKIE_HOSTS = ['127.0.0.1', READER_HOST, 'northgate-chronicle.test', SUBSCRIBED, 'lakeside-ledger.test', 'harbour-herald.test', SUBSCRIBED_REDIRECTING];
/** The cookie each host is given: its value names the host, so a cookie sent to the wrong host shows. */
export const SESSION_COOKIE = 'reader_session';
export const cookieValue = (host: string) => `secret-${host}`;

const SEARCH_PATHS = { bing: '/bing/news/search', 'google-news': '/google/rss/search', gdelt: '/gdelt/api/v2/doc/doc' } as const;
const TOP_STORIES_PATH = '/google/rss';

export interface PrivacyTab {
  close(): Promise<void>;
}

/** What a browser's suite provides; every method waits until its effect has happened. */
export interface PrivacyBrowser {
  /** storage.local.set from an extension page, as the options page would. */
  setLocal(items: Record<string, unknown>): Promise<void>;
  /** `${SESSION_COOKIE}=${cookieValue(host)}` on each host, path /, SameSite=Lax. */
  setCookies(hosts: string[]): Promise<void>;
  /** A tab showing this address, loaded. */
  openTab(url: string): Promise<PrivacyTab>;
  /** A tab on a page no extension may read (the browser's own pages); null where the browser cannot open one. */
  openRestricted(): Promise<PrivacyTab | null>;
  /** The popup against the tab showing `url`, left running until discovery is done; what it then shows. */
  runPopup(url: string): Promise<{ view: PopupView; close(): Promise<void> }>;
}

export interface PrivacyWorld {
  providers: FakeProviders;
  /** http://<host>:<fake server's port> */
  origin(host: string): string;
}

/** Serves the reader's article (twice, with the markers), the outlets' pages and the search results. */
export function stagePrivacyWorld(providers: FakeProviders): PrivacyWorld {
  const port = new URL(providers.origin).port;
  const origin = (host: string) => `http://${host}:${port}`;
  const serve = (path: string, host: string, body = readFileSync(resolve(SITE_DIR, `.${path}`), 'utf8')) =>
    providers.page(path, { body: body.replaceAll('http://127.0.0.1/', `${origin(host)}/`) });
  for (const path of [READER_PATH, SECOND_READER_PATH]) {
    const wire = readFileSync(resolve(SITE_DIR, `.${DEMO_PAGES.wire}`), 'utf8')
      .replace(DEMO_PAGES.wire, path)
      .replace(/(<\/p>)(?![\s\S]*<\/p>)/, `$1\n<p>Engineers at the ${BODY_MARKERS[0]} annex said the ${BODY_MARKERS[1]} readings were routine.</p>`);
    serve(path, READER_HOST, wire);
  }
  serve(DEMO_PAGES.british, 'northgate-chronicle.test');
  serve(DEMO_PAGES.paywalled, SUBSCRIBED);
  serve(DEMO_PAGES.wireAgain, REDIRECT_TARGET);
  serve(DEMO_PAGES.otherStory, 'harbour-herald.test');
  const at = (host: string, path: string) => `${origin(host)}${path}`;
  providers.page(REDIRECTING_PATH, { redirectTo: at(REDIRECT_TARGET, DEMO_PAGES.wireAgain) });
  const bing: FakeItem[] = [
    { title: 'Nato and EU agree to pool cable defences after Geneva talks', url: at('northgate-chronicle.test', DEMO_PAGES.british), outlet: 'The Northgate Chronicle', published: '2025-02-26T15:30:00Z' },
    { title: 'Nato and EU agree undersea cable shield', url: at(SUBSCRIBED, DEMO_PAGES.paywalled), outlet: 'The Meridian Times', published: '2025-02-26T16:00:00Z' },
  ];
  // The reader's own site as each service may return it: it must be left out in the browser.
  const own = (host: string, outlet: string): FakeItem => ({ title: 'NATO allies agree to pool defenses for undersea cables', url: at(host, '/atlas-wire/world/2025/02/26/nato-cables-live.html'), outlet, published: '2025-02-26T15:00:00Z' });
  providers.setItems('bing', [...bing, own(OWN_SITE_HOSTS[0], 'Atlas Wire')]);
  providers.setItems('google-news', [
    { title: 'Allies strike pact to guard undersea cables', url: at(SUBSCRIBED_REDIRECTING, REDIRECTING_PATH), outlet: 'The Quayside Gazette', published: '2025-02-26T19:30:00Z' },
    own(OWN_SITE_HOSTS[1], 'The Atlas Wire'),
  ]);
  providers.setItems('gdelt', [own(OWN_SITE_HOSTS[2], 'Atlas Wire')]);
  return { providers, origin };
}

/** The settings (fake providers, privacy text accepted, every keyless service on) and the opt-in outlet. */
export async function configurePrivacy(world: PrivacyWorld, browser: PrivacyBrowser): Promise<void> {
  await browser.setLocal({
    settings: discoverySettings(world.providers, { bing: true, 'google-news': true, gdelt: true, tabs: true, history: true }),
    subscriptions: [SUBSCRIBED, SUBSCRIBED_REDIRECTING],
  });
  await browser.setCookies(COOKIE_HOSTS);
}

/** Requests of our making: tabs ask for their favicon whenever the browser likes. */
function ours(log: LoggedRequest[]): LoggedRequest[] {
  return log.filter((r) => r.path !== '/favicon.ico');
}

const hostOf = (r: LoggedRequest) => (r.headers.host ?? '').replace(/:\d+$/, '');

/**
 * Before the click: the tabs loaded their pages (and the pages' own stylesheets) and nothing else went
 * anywhere, though the extension may read every test host. `opened`: the hosts of the tabs opened.
 */
export function expectNothingBeforeClick(log: LoggedRequest[], opened: string[]): void {
  for (const r of ours(log)) {
    expect(r.provider, `${r.headers.host}${r.path} before the click`).toBe('page');
    expect(opened, `${r.headers.host}${r.path} before the click`).toContain(hostOf(r));
  }
}

/**
 * Searches get the keywords, language / market and dates: not the page's address, not its site, not its
 * text, not a referrer. Every request to a search service counts (searches, the broad query, top stories,
 * Google link lookups), and every part of it: path, query string, body and each header.
 */
export function expectSearchesCarryOnlyTheQuery(log: LoggedRequest[]): void {
  const searches = ours(log).filter((r) => r.provider === 'bing' || r.provider === 'google-news' || r.provider === 'gdelt');
  expect(new Set(searches.map((r) => r.provider))).toEqual(new Set(['bing', 'google-news', 'gdelt']));
  for (const r of searches) {
    const what = `${r.provider} ${r.method} ${r.path}`;
    const sent = `${r.path} ${JSON.stringify(r.params)} ${r.body} ${JSON.stringify(r.headers)}`.toLowerCase();
    for (const marker of [URL_MARKER, ...BODY_MARKERS]) expect(sent, what).not.toContain(marker);
    expect(sent, what).not.toContain('nato-eu-undersea-cables');
    expect(sent, what).not.toMatch(READER_SITE);
    expect(sent, what).not.toMatch(/-site:|-domain:/);
    expect(hostOf(r), what).toBe('127.0.0.1');
    expect(r.headers.referer, what).toBeUndefined();
  }
  // What a search is made of: the keyword query, the language / market, the dates.
  const bing = searches.find((r) => r.path === SEARCH_PATHS.bing)!;
  expect(Object.keys(bing.params).sort()).toEqual(['format', 'mkt', 'q']);
  const google = searches.find((r) => r.path === SEARCH_PATHS['google-news'])!;
  expect(Object.keys(google.params).sort()).toEqual(['ceid', 'gl', 'hl', 'q']);
  const gdelt = searches.find((r) => r.path === SEARCH_PATHS.gdelt)!;
  expect(Object.keys(gdelt.params).every((k) => ['query', 'mode', 'format', 'maxrecords', 'sort', 'startdatetime', 'enddatetime', 'timespan'].includes(k))).toBe(true);
  // Three results are fewer than five: each service was asked a second, broad query (the top two names),
  // made of the same parts as the first and held to the same rules above.
  for (const [provider, path] of Object.entries(SEARCH_PATHS)) {
    const pair = searches.filter((r) => r.path === path);
    expect(pair, provider).toHaveLength(2);
    expect(Object.keys(pair[1].params).sort(), provider).toEqual(Object.keys(pair[0].params).sort());
    const q = (r: (typeof pair)[number]) => r.params.q ?? r.params.query;
    expect(q(pair[1]).length, provider).toBeLessThan(q(pair[0]).length);
  }
  // Google's top stories: the edition only, no query at all, once per click.
  const top = searches.filter((r) => r.path === TOP_STORIES_PATH);
  expect(top).toHaveLength(1);
  expect(Object.keys(top[0].params).sort()).toEqual(['ceid', 'gl', 'hl']);
}

/**
 * Only the opted-in outlets' page requests carried the reader's cookie, each only its own. The redirecting
 * one: a credentialed request that refused the redirect, then the anonymous one that followed it; its
 * target was fetched, never with a cookie.
 */
export function expectCookiesOnlyForTheSubscription(log: LoggedRequest[]): void {
  const all = ours(log);
  const cookieOf = (host: string) => `${SESSION_COOKIE}=${cookieValue(host)}`;
  const subscribed = all.filter((r) => r.provider === 'page' && hostOf(r) === SUBSCRIBED);
  expect(subscribed.length).toBeGreaterThan(0);
  for (const r of subscribed) expect(r.headers.cookie).toBe(cookieOf(SUBSCRIBED));
  const target = all.filter((r) => r.provider === 'page' && hostOf(r) === REDIRECT_TARGET);
  expect(target.length).toBeGreaterThan(0);
  for (const r of target) expect(r.headers.cookie, `${r.headers.host}${r.path}, reached by a redirect`).toBeUndefined();
  const redirecting = all.filter((r) => hostOf(r) === SUBSCRIBED_REDIRECTING);
  expect(redirecting.map((r) => [r.provider, r.path, r.headers.cookie])).toEqual([
    ['page', REDIRECTING_PATH, cookieOf(SUBSCRIBED_REDIRECTING)],
    ['page', REDIRECTING_PATH, undefined],
  ]);
  const others = all.filter((r) => hostOf(r) !== SUBSCRIBED && hostOf(r) !== SUBSCRIBED_REDIRECTING);
  expect(others.some((r) => r.provider === 'page')).toBe(true);
  for (const r of others) expect(r.headers.cookie, `${r.headers.host}${r.path}`).toBeUndefined();
}

/** The results from the reader's own site were left out in the browser: never fetched, never a card. */
export function expectOwnSiteLeftOut(log: LoggedRequest[], view: PopupView): void {
  expect(ours(log).filter((r) => r.provider === 'page' && READER_SITE.test(hostOf(r))).map((r) => `${r.headers.host}${r.path}`)).toEqual([]);
  expect(view.cards.map((c) => c.outlet).filter((o) => READER_SITE.test(o))).toEqual([]);
}

/** The open tab was read where it is: its page was not fetched again, and its text went nowhere. */
export function expectOpenTabStayedLocal(log: LoggedRequest[]): void {
  expect(ours(log).some((r) => r.provider === 'page' && r.path === DEMO_PAGES.otherStory)).toBe(false);
  for (const r of log) expect(`${JSON.stringify(r.params)} ${r.body}`).not.toMatch(/freighter|anchor drags/i);
}

/** After the opt-in is withdrawn: the same outlets were fetched, without cookies. */
export function expectSubscriptionWithdrawn(log: LoggedRequest[]): void {
  for (const host of [SUBSCRIBED, SUBSCRIBED_REDIRECTING, REDIRECT_TARGET]) {
    const fetched = ours(log).filter((r) => hostOf(r) === host);
    expect(fetched.length, host).toBeGreaterThan(0);
    for (const r of fetched) expect(r.headers.cookie, `${host}${r.path}`).toBeUndefined();
  }
}

/** How long an eager extension is given to send something after the tabs loaded, before the click. */
const BEFORE_CLICK_MS = 1000;

/** The whole scenario, on a world staged and configured (stagePrivacyWorld, configurePrivacy). */
export async function runPrivacyScenario(world: PrivacyWorld, browser: PrivacyBrowser): Promise<void> {
  const { providers, origin } = world;
  const start = providers.log.length;
  // Beside the reader: another story in an open tab, and a page no extension may read.
  const other = await browser.openTab(`${origin('harbour-herald.test')}${DEMO_PAGES.otherStory}`);
  const restricted = await browser.openRestricted();
  // The reader's tab loads first: its page, stylesheet and cookies are the browser's doing, not ours.
  const readerAt = `${origin(READER_HOST)}${READER_PATH}`;
  const reader = await browser.openTab(readerAt);
  await new Promise((done) => setTimeout(done, BEFORE_CLICK_MS));
  expectNothingBeforeClick(providers.log.slice(start), ['harbour-herald.test', READER_HOST]);

  const before = providers.log.length;
  const first = await browser.runPopup(readerAt);
  expect(first.view.cards.find((c) => c.outlet === 'The Northgate Chronicle')?.state).toBe('compared');
  expect(first.view.cards.find((c) => c.outlet === 'The Meridian Times')).toBeDefined();
  // The redirected page was still read (anonymously, at its final address).
  expect(first.view.cards.find((c) => c.outlet === 'The Quayside Gazette')?.state).toBe('compared');
  const log = providers.log.slice(before);
  expectSearchesCarryOnlyTheQuery(log);
  expectOwnSiteLeftOut(log, first.view);
  expectCookiesOnlyForTheSubscription(log);
  expectOpenTabStayedLocal(log);

  // Without the opt-in the same outlet is fetched anonymously.
  await browser.setLocal({ subscriptions: [] });
  const againAt = `${origin(READER_HOST)}${SECOND_READER_PATH}`;
  const again = await browser.openTab(againAt);
  const mark = providers.log.length;
  const second = await browser.runPopup(againAt);
  expectSubscriptionWithdrawn(providers.log.slice(mark));
  expectSearchesCarryOnlyTheQuery(providers.log.slice(mark));
  expectOwnSiteLeftOut(providers.log.slice(mark), second.view);
  for (const t of [second, again, first, reader, restricted, other]) await t?.close();
}

