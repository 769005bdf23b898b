// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article';
import { createGoogleNewsProvider, parseGoogleNewsRss, splitGoogleTitle } from '../../../extension/discovery/google-news';
import { resolveGoogleNewsLink } from '../../../extension/discovery/google-news-resolve';
import { DEFAULT_SETTINGS, type DiscoverySettings } from '../../../extension/discovery/types';
import { startFakeProviders, type FakeProviders, type FakeTopStory } from '../../fixtures/fake-providers';
import { fakeClock, fixture, memoryStore, never, QUERY, recordingFetch } from './helpers';

describe('splitGoogleTitle', () => {
  it.each([
    ['Aldwin ferry strike - day two: talks stall - Harbour Courier', 'Harbour Courier', 'Aldwin ferry strike - day two: talks stall', 'Harbour Courier'],
    ['Aldwin ferry strike - day two - Harbour Courier', '', 'Aldwin ferry strike - day two', 'Harbour Courier'],
    ['No outlet suffix', '', 'No outlet suffix', ''],
    ['Headline - Some Outlet', 'Other Name', 'Headline', 'Other Name'],
  ])('%s', (title, source, headline, outlet) => {
    expect(splitGoogleTitle(title, source)).toEqual({ headline, outlet });
  });
});

describe('parseGoogleNewsRss', () => {
  it('keeps the opaque link flagged for resolution, with the outlet from <source>', () => {
    const items = parseGoogleNewsRss(fixture('google-news-search.xml'));
    expect(items.map((c) => [c.title, c.outlet, c.outletUrl, c.publishedTime, c.needsResolve])).toEqual([
      ['Aldwin ferry strike - day two: talks stall', 'Harbour Courier', 'https://www.harbourcourier.example', '2026-03-12T11:30:00.000Z', true],
      ['Velden urges ferry union back to the table', 'The Northgate Ledger', 'https://www.northgateledger.example', '2026-03-11T15:45:00.000Z', true],
      ['Port Aldwin ferries halted as crews strike', 'Daily Example', 'https://www.dailyexample.example', '2026-03-11T08:10:00.000Z', true],
    ]);
    expect(items[0].url).toBe('https://news.google.com/rss/articles/CBMiDkFVX3lxTEludmVudGVkMQ?oc=5');
    expect(items[0].snippet).toBeUndefined();
    expect(items[1].snippet).toBe('Minister says both sides must compromise');
  });

  it.each([
    ['empty channel', fixture('google-news-empty.xml'), null],
    ['truncated', fixture('google-news-search.xml').slice(0, 700), 'bad-response'],
    ['HTML error page', fixture('html-error-page.html'), 'bad-response'],
    ['consent page', fixture('consent-page.html'), 'consent-wall'],
  ])('%s', (_name, body, code) => {
    if (code === null) expect(parseGoogleNewsRss(body)).toEqual([]);
    else expect(() => parseGoogleNewsRss(body)).toThrow(expect.objectContaining({ code }));
  });
});

describe('Google News provider against the fake server', () => {
  let server: FakeProviders;
  beforeAll(async () => (server = await startFakeProviders()));
  afterAll(() => server.close());

  it('sends q/hl/gl/ceid only and drops the own outlet by <source url>', async () => {
    server.setItems('google-news', [
      { title: 'Aldwin strike talks stall', url: 'https://www.harbourcourier.example/x', outlet: 'Harbour Courier', published: '2026-03-12T08:00:00Z' },
      { title: 'Ferries halted', url: 'https://www.dailyexample.example/y', outlet: 'Daily Example', published: '2026-03-12T08:00:00Z' },
    ]);
    const provider = createGoogleNewsProvider({ fetch: recordingFetch(), store: memoryStore(), clock: fakeClock() }, { ...DEFAULT_SETTINGS, ...server.settings });
    const found = await provider.search(QUERY, never);
    expect(found.map((c) => [c.title, c.outlet, c.needsResolve])).toEqual([['Aldwin strike talks stall', 'Harbour Courier', true]]);
    expect(Object.keys(server.log.at(-1)!.params).sort()).toEqual(['ceid', 'gl', 'hl', 'q']);
  });
});

describe('Google News top stories against the fake server', () => {
  let server: FakeProviders;
  beforeAll(async () => (server = await startFakeProviders()));
  afterAll(() => server.close());

  const READER: Article = {
    url: 'https://www.dailyexample.example/news/2026/03/11/port-aldwin-ferry-strike',
    title: 'Port Aldwin ferries halted as crews strike',
    outlet: 'Daily Example',
    publishedTime: '2026-03-11T08:10:00Z',
    paragraphs: ['Ferry crews in Port Aldwin walked out on Wednesday, halting every crossing as the Harbour Union began a strike over pay.', 'Transport minister Mara Velden urged both sides back to talks.'],
  };
  const STORIES: FakeTopStory[] = [
    { title: 'Glenmoor wildfire forces evacuation of three villages', outlet: 'Upland Gazette', published: '2026-03-11T06:00:00Z', links: [{ title: 'Glenmoor wildfire forces evacuation of three villages', url: 'https://www.uplandgazette.example/fire', outlet: 'Upland Gazette' }] },
    {
      title: 'Ferry crews walk out as Port Aldwin strike begins',
      outlet: 'Coastline Weekly',
      outletUrl: 'https://www.coastlineweekly.example',
      published: '2026-03-11T09:30:00Z',
      links: [
        { title: 'Ferry crews walk out as Port Aldwin strike begins', url: 'https://www.coastlineweekly.example/strike', outlet: 'Coastline Weekly' },
        { title: 'Harbour Union strike halts Port Aldwin ferries', url: 'https://www.harbourcourier.example/halt', outlet: 'Harbour Courier' },
        { title: 'Port Aldwin ferries halted as crews strike', url: 'https://www.dailyexample.example/news/x', outlet: 'Daily Example' },
      ],
    },
  ];
  const QUERY_IN_WINDOW = { ...QUERY, from: '2026-03-10', to: '2026-03-14' };

  function provider(settings: Partial<DiscoverySettings> = {}, reader: Article | null = READER) {
    return createGoogleNewsProvider({ fetch: recordingFetch(), store: memoryStore(), clock: fakeClock() }, { ...DEFAULT_SETTINGS, ...server.settings, ...settings }, reader ?? undefined);
  }
  const topRequests = (from: number) => server.log.slice(from).filter((r) => r.path === '/google/rss');

  it('adds the matching cluster’s outlets; the feed gets the edition only', async () => {
    server.setItems('google-news', [{ title: 'Harbour Union strike halts Port Aldwin ferries', url: 'https://www.harbourcourier.example/halt-2', outlet: 'Harbour Courier', outletUrl: 'https://www.harbourcourier.example', published: '2026-03-11T10:00:00Z' }]);
    server.setTopStories(STORIES);
    const before = server.log.length;
    const found = await provider().search(QUERY_IN_WINDOW, never);
    expect(found.map((c) => [c.title, c.outlet, c.needsResolve])).toEqual([
      ['Harbour Union strike halts Port Aldwin ferries', 'Harbour Courier', true],
      ['Ferry crews walk out as Port Aldwin strike begins', 'Coastline Weekly', true],
      ['Harbour Union strike halts Port Aldwin ferries', 'Harbour Courier', true],
    ]);
    // The lead link has its <source url>; the others borrow it from the search feed when it names the outlet.
    expect(found.slice(1).map((c) => c.outletUrl)).toEqual(['https://www.coastlineweekly.example', 'https://www.harbourcourier.example']);
    const top = topRequests(before);
    expect(top).toHaveLength(1);
    expect(top[0].params).toEqual({ hl: 'en-US', gl: 'US', ceid: 'US:en' });
    expect(top[0].headers.cookie).toBeUndefined();
    // The cluster's links resolve like the search feed's.
    const resolved = await resolveGoogleNewsLink(found[1].url, fetch, { baseUrl: server.settings.googleNewsBaseUrl });
    expect(resolved).toBe('https://www.coastlineweekly.example/strike');
  });

  it.each([
    ['the broad second query', {}, READER, { broad: true }],
    ['the setting off', { googleNewsTopStories: false }, READER, {}],
    ['no reader article to pick a cluster by', {}, null, {}],
  ])('is not fetched for %s', async (_name, settings, reader, options) => {
    server.setTopStories(STORIES);
    const before = server.log.length;
    await provider(settings, reader).search(QUERY_IN_WINDOW, never, options);
    expect(topRequests(before)).toHaveLength(0);
    expect(server.log.slice(before).some((r) => r.path === '/google/rss/search')).toBe(true);
  });

  it.each([
    ['no cluster on the reader’s story', [STORIES[0]] as FakeTopStory[] | 'broken'],
    ['a broken feed', 'broken' as const],
  ])('costs only the extra when there is %s', async (_name, stories) => {
    server.setItems('google-news', [{ title: 'Ferry talks stall', url: 'https://www.harbourcourier.example/stall', outlet: 'Harbour Courier', published: '2026-03-12T08:00:00Z' }]);
    server.setTopStories(stories);
    const found = await provider().search(QUERY_IN_WINDOW, never);
    expect(found.map((c) => c.title)).toEqual(['Ferry talks stall']);
  });
});

