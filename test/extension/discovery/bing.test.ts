// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bingOutletName, createBingProvider, parseBingRss, unwrapBingLink } from '../../../extension/discovery/bing';
import { ProviderError } from '../../../extension/discovery/provider-error';
import { DEFAULT_SETTINGS } from '../../../extension/discovery/types';
import { startFakeProviders, type FakeProviders } from '../../fixtures/fake-providers';
import { fakeClock, fixture, memoryStore, never, QUERY, recordingFetch } from './helpers';

describe('parseBingRss', () => {
  it('unwraps apiclick links, strips " on MSN", keeps dates and snippets', () => {
    const items = parseBingRss(fixture('bing-search.xml'));
    expect(items.map((c) => [c.url, c.outlet, c.publishedTime])).toEqual([
      ['https://www.harbourcourier.example/2026/03/11/aldwin-ferry-strike/', 'Harbour Courier', '2026-03-11T07:20:00.000Z'],
      ['https://www.msn.com/en-us/news/world/velden-ferry-strike/ar-XY12', 'Northgate Ledger', '2026-03-11T10:05:00.000Z'],
      ['https://www.valleytribune.example/news/aldwin-strike-passengers', 'Valley Tribune', '2026-03-12T06:00:00.000Z'],
      ['https://www.coastwatch.example/business/winter-traffic', 'Coastwatch', '2026-01-05T09:00:00.000Z'],
      ['https://www.dailyexample.example/story/aldwin-ferry', 'Daily Example', '2026-03-11T08:00:00.000Z'],
    ]);
    expect(items[1].title).toBe('Minister Mara Velden calls Aldwin ferry strike ‘regrettable’');
    expect(items[1].snippet).toBe('Transport minister Mara Velden said the walkout was regrettable & urged both sides to return to talks.');
    expect(items.every((c) => c.providers.join() === 'bing')).toBe(true);
  });

  it('reads an empty channel as no results', () => {
    expect(parseBingRss(fixture('bing-empty.xml'))).toEqual([]);
  });

  it.each([
    ['truncated XML', fixture('bing-truncated.xml'), 'bad-response'],
    ['an HTML error page', fixture('html-error-page.html'), 'bad-response'],
    ['a consent interstitial', fixture('consent-page.html'), 'consent-wall'],
    ['a 429 text body', fixture('gdelt-429.txt'), 'bad-response'],
    ['JSON', '{}', 'bad-response'],
  ])('rejects %s with one plain sentence', (_name, body, code) => {
    try {
      parseBingRss(body);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProviderError);
      expect((e as ProviderError).code).toBe(code);
      expect((e as ProviderError).message).toMatch(/^Bing News [^\n]+\.$/);
    }
  });

  it.each([
    ['http://www.bing.com/news/apiclick.aspx?ref=FexRss&url=https%3a%2f%2fa.example%2fx%3fy%3d1&c=9', 'https://a.example/x?y=1'],
    ['https://plain.example/story', 'https://plain.example/story'],
    ['http://www.bing.com/news/apiclick.aspx?url=%E0%A4%A', 'http://www.bing.com/news/apiclick.aspx?url=%E0%A4%A'],
  ])('unwrapBingLink(%s)', (link, expected) => expect(unwrapBingLink(link)).toBe(expected));

  it.each([
    ['CBS News on MSN', 'CBS News'],
    ['Wired', 'Wired'],
  ])('bingOutletName(%s)', (s, expected) => expect(bingOutletName(s)).toBe(expected));
});

describe('Bing provider against the fake server', () => {
  let server: FakeProviders;
  beforeAll(async () => (server = await startFakeProviders()));
  afterAll(() => server.close());
  beforeEach(() => server.clearFaults());

  it('filters the own outlet and the date window client-side, pinning mkt', async () => {
    server.setItems('bing', [
      { title: 'Aldwin ferry strike enters second day', url: 'https://www.harbourcourier.example/a', outlet: 'Harbour Courier', published: '2026-03-12T08:00:00Z' },
      { title: 'Own outlet copy', url: 'https://www.dailyexample.example/b', outlet: 'Daily Example', published: '2026-03-12T08:00:00Z' },
      { title: 'Last year', url: 'https://www.valleytribune.example/c', outlet: 'Valley Tribune', published: '2025-03-12T08:00:00Z' },
      { title: 'Day after the window', url: 'https://www.valleytribune.example/d', outlet: 'Valley Tribune', published: '2026-03-15T00:00:01Z' },
    ]);
    const fetch = recordingFetch();
    const provider = createBingProvider({ fetch, store: memoryStore(), clock: fakeClock() }, { ...DEFAULT_SETTINGS, ...server.settings });
    const found = await provider.search(QUERY, never);
    expect(found.map((c) => c.url)).toEqual(['https://www.harbourcourier.example/a']);
    const last = server.log.at(-1)!;
    expect(last.params).toEqual({ q: 'Port Aldwin Mara Velden Harbour Union ferry strike', format: 'rss', mkt: 'en-US' });
  });

  it('reports a consent redirect as consent-wall', async () => {
    server.fault('bing', 'consent', { times: 1 });
    const provider = createBingProvider({ fetch: recordingFetch(), store: memoryStore(), clock: fakeClock() }, { ...DEFAULT_SETTINGS, ...server.settings });
    await expect(provider.search(QUERY, never)).rejects.toMatchObject({ code: 'consent-wall' });
  });
});
