// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGoogleNewsProvider, parseGoogleNewsRss, splitGoogleTitle } from '../../../extension/discovery/google-news';
import { DEFAULT_SETTINGS } from '../../../extension/discovery/types';
import { startFakeProviders, type FakeProviders } from '../../fixtures/fake-providers';
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
