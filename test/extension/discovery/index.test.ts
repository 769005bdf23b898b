// @vitest-environment node
// The privacy rule end to end: every default provider, searched for a story read on a page whose URL
// and text carry unique markers, against the fake server. Only the derived query, language and dates
// may arrive; no cookie, no referrer, no page URL, no page text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuery } from '../../../src/match';
import type { Article } from '../../../src/article';
import { createProviders, HistoryStore, memoryHistoryBackend } from '../../../extension/discovery';
import { startFakeProviders, type Fault, type FakeProvider, type FakeProviders } from '../../fixtures/fake-providers';
import { fakeClock, memoryStore, never, recordingFetch } from './helpers';

const PAGE_MARKER = 'zqxpagemarker';
const TEXT_MARKER = 'Qwvbtextmarker';

const reader: Article = {
  title: 'Port Aldwin ferry crews strike over rota changes',
  outlet: 'Daily Example',
  url: `https://www.dailyexample.example/news/${PAGE_MARKER}/ferry-strike?session=${PAGE_MARKER}`,
  publishedTime: '2026-03-11T08:00:00Z',
  lang: 'en',
  paragraphs: [
    'Ferry crews in Port Aldwin walked out on Wednesday over rota changes, the Harbour Union said.',
    `Transport minister Mara Velden called the strike regrettable. A private note: ${TEXT_MARKER}.`,
    'About 4,000 passengers were left without a crossing to the islands.',
  ],
};

const ALLOWED: Record<string, string[]> = {
  bing: ['format', 'mkt', 'q'],
  'google-news': ['ceid', 'gl', 'hl', 'q'],
  gdelt: ['enddatetime', 'format', 'maxrecords', 'mode', 'query', 'sort', 'startdatetime'],
  guardian: ['api-key', 'from-date', 'order-by', 'page-size', 'q', 'show-fields', 'to-date'],
};

describe('createProviders and the privacy rule', () => {
  let server: FakeProviders;
  beforeAll(async () => {
    server = await startFakeProviders();
    const item = { title: 'Aldwin ferry strike', url: 'https://www.harbourcourier.example/a', outlet: 'Harbour Courier', published: '2026-03-11T10:00:00Z', bodyText: 'Body.' };
    for (const p of ['bing', 'google-news', 'gdelt', 'guardian'] as const) server.setItems(p, [item]);
  });
  afterAll(() => server.close());

  it('lists providers in the default order, optional ones only when configured', () => {
    const deps = { fetch: recordingFetch(), store: memoryStore(), clock: fakeClock() };
    expect(createProviders(deps).map((p) => p.id)).toEqual(['bing', 'google-news', 'gdelt']);
    expect(
      createProviders(deps, { settings: { guardianApiKey: 'k' }, openTabs: () => [], history: new HistoryStore(memoryHistoryBackend()) }).map((p) => p.id),
    ).toEqual(['bing', 'google-news', 'gdelt', 'guardian', 'tabs', 'history']);
  });

  it('sends only query, language and dates: no page URL, no page text, no cookie, no referrer', async () => {
    const query = buildQuery(reader, new Date('2026-03-20T00:00:00Z'));
    const clock = fakeClock(Date.parse('2026-03-20T00:00:00Z'));
    const fetch = recordingFetch(clock);
    const providers = createProviders({ fetch, store: memoryStore(), clock }, { settings: { ...server.settings, guardianApiKey: 'test' } });
    const results = await Promise.all(providers.map((p) => p.search(query, never)));
    expect(results.map((r) => r.length)).toEqual([1, 1, 1, 1]);

    const searches = server.log.filter((r) => r.provider !== 'page');
    expect(searches.map((r) => r.provider).sort()).toEqual(['bing', 'gdelt', 'google-news', 'guardian']);
    for (const r of searches) {
      expect(Object.keys(r.params).sort()).toEqual(ALLOWED[r.provider]);
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
      const everything = `${r.path} ${JSON.stringify(r.params)} ${r.body}`.toLowerCase();
      expect(everything).not.toContain(PAGE_MARKER);
      expect(everything).not.toContain(TEXT_MARKER.toLowerCase());
    }
    expect(fetch.calls.every((c) => c.init.credentials === 'omit' && c.init.referrerPolicy === 'no-referrer')).toBe(true);
  });

  const PROVIDERS: FakeProvider[] = ['bing', 'google-news', 'gdelt', 'guardian'];
  const OUTCOMES: [Fault, string | 'empty'][] = [
    ['empty', 'empty'],
    ['malformed', 'bad-response'],
    ['html-error', 'bad-response'],
    ['reset', 'offline'],
    ['rate-limit-bare', 'rate-limited'],
  ];
  it.each(PROVIDERS.flatMap((p) => OUTCOMES.map(([f, o]) => [p, f, o] as const)))('%s with fault %s → %s', async (id, fault, outcome) => {
    server.clearFaults();
    server.fault(id, fault);
    const clock = fakeClock(Date.parse('2026-03-20T00:00:00Z'));
    const provider = createProviders({ fetch: recordingFetch(clock), store: memoryStore(), clock }, { settings: { ...server.settings, guardianApiKey: 'k' } }).find((p) => p.id === id)!;
    const query = buildQuery(reader, new Date('2026-03-20T00:00:00Z'));
    try {
      if (outcome === 'empty') expect(await provider.search(query, never)).toEqual([]);
      else await expect(provider.search(query, never)).rejects.toMatchObject({ code: outcome, provider: id, message: expect.stringMatching(/^[^\n]+\.$/) });
    } finally {
      server.clearFaults();
    }
  });
});
