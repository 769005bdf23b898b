// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article';
import { createBingProvider } from '../../../extension/discovery/bing';
import { inWindow, isOwn, keepRelevant, ownOutlet, publisherHost } from '../../../extension/discovery/filter';
import { createGdeltProvider } from '../../../extension/discovery/gdelt';
import { createGoogleNewsProvider } from '../../../extension/discovery/google-news';
import { createGuardianProvider } from '../../../extension/discovery/guardian';
import { createHistoryProvider, HistoryStore, memoryHistoryBackend } from '../../../extension/discovery/history-store';
import { createTabsProvider } from '../../../extension/discovery/tabs';
import { DEFAULT_SETTINGS, type DiscoveredCandidate, type Provider } from '../../../extension/discovery/types';
import { startFakeProviders, type FakeItem, type FakeProvider, type FakeProviders } from '../../fixtures/fake-providers';
import { fakeClock, memoryStore, never, QUERY, recordingFetch } from './helpers';

const result = (url: string, outlet: string, extra: Partial<DiscoveredCandidate> = {}): DiscoveredCandidate => ({
  url,
  title: 'Port Aldwin ferry strike',
  outlet,
  publishedTime: '2026-03-11T08:00:00Z',
  providers: ['bing'],
  ...extra,
});

describe('publisherHost', () => {
  it.each([
    ['https://www.dailyexample.example/a', 'www.dailyexample.example'],
    ['http://Dailyexample.Example:8080/a', 'dailyexample.example'],
    ['https://www-dailyexample-example.cdn.ampproject.org/c/s/www.dailyexample.example/a', 'www.dailyexample.example'],
    ['https://daily--example-example.cdn.ampproject.org/v/s/daily-example.example/a?amp_js_v=0.1', 'daily-example.example'],
    ['https://daily--example-example.cdn.ampproject.org/', 'daily-example.example'],
    ['https://www.google.com/amp/s/m.dailyexample.example/a', 'm.dailyexample.example'],
    ['https://www.google.com/search?q=x', 'www.google.com'],
    ['not a url', ''],
  ])('%s → %s', (url, host) => expect(publisherHost(url)).toBe(host));
});

describe('isOwn: the reader on https://www.dailyexample.example, "The Daily Example"', () => {
  const own = ownOutlet('https://www.dailyexample.example/news/2026/03/11/port-aldwin', 'The Daily Example');
  it.each([
    ['the bare domain', result('https://dailyexample.example/a', 'Wire Desk')],
    ['www.', result('https://www.dailyexample.example/a', '')],
    ['m.', result('https://m.dailyexample.example/a', '')],
    ['amp.', result('https://amp.dailyexample.example/a', '')],
    ['an AMP cache address', result('https://www-dailyexample-example.cdn.ampproject.org/c/s/www.dailyexample.example/a', '')],
    ['its AMP copy (GDELT url_mobile)', result('https://mirror.example/a', '', { mobileUrl: 'https://amp.dailyexample.example/a' })],
    ['Google’s <source url>', result('https://news.google.com/rss/articles/CBMiX?oc=5', 'Desk', { outletUrl: 'https://www.dailyexample.example', needsResolve: true })],
    ['its name', result('https://news.google.com/rss/articles/CBMiY?oc=5', 'Daily Example', { needsResolve: true })],
    ['its name with "The"', result('https://syndicate.example/a', 'The Daily Example')],
    ['its domain as the name (GDELT)', result('https://syndicate.example/a', 'm.dailyexample.example')],
    ['the same name under another suffix', result('https://www.dailyexample.co.uk/a', '')],
  ])('by %s', (_how, c) => expect(isOwn(c, own)).toBe(true));

  it.each([
    ['another outlet', result('https://www.harbourcourier.example/a', 'Harbour Courier')],
    ['a domain that only contains the name', result('https://notdailyexample.example/a', 'Not Daily Example')],
    ['a longer name', result('https://tribune.example/a', 'Daily Example Tribune')],
    ['a Google link with no outlet known', result('https://news.google.com/rss/articles/CBMiZ?oc=5', '', { needsResolve: true })],
    ['an AMP cache copy of another outlet', result('https://www-harbourcourier-example.cdn.ampproject.org/c/s/www.harbourcourier.example/a', '')],
  ])('not %s', (_how, c) => expect(isOwn(c, own)).toBe(false));

  it.each([
    ['a domain', 'dailyexample.example'],
    ['a name only (the page had no address)', 'Daily Example'],
    ['an address on an AMP cache', 'https://www-dailyexample-example.cdn.ampproject.org/c/s/www.dailyexample.example/a'],
  ])('knows the outlet from %s', (_how, source) => {
    expect(isOwn(result('https://www.dailyexample.example/b', 'Daily Example'), ownOutlet(source))).toBe(true);
    expect(isOwn(result('https://www.harbourcourier.example/b', 'Harbour Courier'), ownOutlet(source))).toBe(false);
  });

  it('keeps another paper whose domain folds to the same name, and still knows its own by name', () => {
    // The reader's paper registered "the…", another country's paper did not: two outlets.
    const reader = ownOutlet('https://www.thedailyexample.example/news/a', 'The Daily Example');
    expect(isOwn(result('https://dailyexample.ng/a', 'dailyexample.ng'), reader)).toBe(false);
    expect(isOwn(result('https://www.dailyexample.ng/a', 'Daily Example Nigeria'), reader)).toBe(false);
    expect(isOwn(result('https://news.google.com/rss/articles/CBMiW?oc=5', 'Desk', { outletUrl: 'https://dailyexample.ng', needsResolve: true }), reader)).toBe(false);
    expect(isOwn(result('https://www.thedailyexample.co.uk/a', ''), reader)).toBe(true);
    expect(isOwn(result('https://syndicate.example/a', 'The Daily Example'), reader)).toBe(true);
    expect(isOwn(result('https://syndicate.example/a', 'thedailyexample.example'), reader)).toBe(true);
  });

  it('knows nothing from nothing', () => {
    expect(isOwn(result('https://www.dailyexample.example/b', 'Daily Example'), ownOutlet('', null, undefined))).toBe(false);
  });
});

describe('keepRelevant', () => {
  it('drops the own outlet, items outside the window and repeated URLs', () => {
    const kept = keepRelevant(
      [
        result('https://www.harbourcourier.example/a?utm_source=x', 'Harbour Courier'),
        result('https://www.harbourcourier.example/a', 'Harbour Courier'),
        result('https://m.dailyexample.example/a', 'Daily Example'),
        result('https://www.valleytribune.example/old', 'Valley Tribune', { publishedTime: '2026-03-01T00:00:00Z' }),
        result('https://www.valleytribune.example/undated', 'Valley Tribune', { publishedTime: null }),
      ],
      QUERY,
    );
    expect(kept.map((c) => c.url)).toEqual(['https://www.harbourcourier.example/a?utm_source=x', 'https://www.valleytribune.example/undated']);
  });

  it.each([
    ['2026-03-10T00:00:00Z', true],
    ['2026-03-14T23:59:59Z', true],
    ['2026-03-15T00:00:00Z', false],
    ['2026-03-09T23:59:59Z', false],
    ['garbage', true],
  ])('inWindow(%s) → %s', (iso, inside) => expect(inWindow(iso, QUERY)).toBe(inside));
});

/**
 * Per provider, through its real adapter: results from the reader's own site (QUERY.excludeOutlet is
 * dailyexample.example) in each form a service returns them never come back as candidates.
 */
describe('each provider leaves the reader’s own site out', () => {
  let server: FakeProviders;
  beforeAll(async () => (server = await startFakeProviders()));
  afterAll(() => server.close());

  const published = '2026-03-12T08:00:00Z';
  const ownItems: FakeItem[] = [
    { title: 'Aldwin strike: live', url: 'https://dailyexample.example/live', outlet: 'Daily Example', published },
    { title: 'Aldwin strike explained', url: 'https://www.dailyexample.example/explainer', outlet: 'The Daily Example', published },
    { title: 'Aldwin strike (mobile)', url: 'https://m.dailyexample.example/m', outlet: 'Daily Example', published },
    { title: 'Aldwin strike (AMP)', url: 'https://amp.dailyexample.example/amp', outlet: 'Daily Example', published },
    { title: 'Aldwin strike (AMP cache)', url: 'https://www-dailyexample-example.cdn.ampproject.org/c/s/www.dailyexample.example/c', outlet: 'dailyexample.example', published },
  ];
  const other: FakeItem = { title: 'Aldwin ferry strike, day two', url: 'https://www.harbourcourier.example/a', outlet: 'Harbour Courier', published };
  const deps = () => {
    const clock = fakeClock(Date.parse('2026-03-20T00:00:00Z'));
    return { fetch: recordingFetch(clock), store: memoryStore(), clock };
  };
  const settings = () => ({ ...DEFAULT_SETTINGS, ...server.settings, guardianApiKey: 'test-key', googleNewsTopStories: false });
  const services: [FakeProvider, () => Provider][] = [
    ['bing', () => createBingProvider(deps(), settings())],
    ['google-news', () => createGoogleNewsProvider(deps(), settings())],
    ['gdelt', () => createGdeltProvider(deps(), settings())],
    ['guardian', () => createGuardianProvider(deps(), settings())!],
  ];

  it.each(services)('%s', async (id, create) => {
    server.setItems(id, [...ownItems, other]);
    const found = await create().search(QUERY, never);
    expect(found).toHaveLength(1);
    expect(found[0].needsResolve ? found[0].outletUrl : found[0].url).toMatch(/^https:\/\/www\.harbourcourier\.example/);
    // The service was asked without the site: the own outlet is left out here, not by the query.
    expect(JSON.stringify(server.log.at(-1)!.params)).not.toMatch(/dailyexample|site:|domain:/i);
  });

  const articles: Article[] = [...ownItems, other].map((it) => ({
    url: it.url,
    title: 'Port Aldwin ferry strike: Mara Velden speaks',
    outlet: it.outlet,
    publishedTime: it.published,
    paragraphs: ['The Harbour Union said talks failed.'],
  }));

  it('tabs', async () => {
    const found = await createTabsProvider(() => articles).search(QUERY, never);
    expect(found.map((c) => c.outlet)).toEqual(['Harbour Courier']);
  });

  it('history', async () => {
    const store = new HistoryStore(memoryHistoryBackend(), { now: () => Date.parse('2026-03-13T00:00:00Z') });
    for (const a of articles) await store.save(a);
    const found = await createHistoryProvider(store).search(QUERY, never);
    expect(found.map((c) => c.outlet)).toEqual(['Harbour Courier']);
  });
});
