// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGdeltProvider, gdeltDateToIso, GDELT_LIMIT_KEY, GDELT_SLOT_MS, normaliseGdeltTitle, parseGdeltResponse } from '../../../extension/discovery/gdelt';
import { DEFAULT_SETTINGS } from '../../../extension/discovery/types';
import { startFakeProviders, type FakeProviders } from '../../fixtures/fake-providers';
import { fakeClock, fixture, memoryStore, never, QUERY, recordingFetch } from './helpers';

describe('parseGdeltResponse', () => {
  it('reads artlist JSON: seendate to ISO, odd spacing normalised, AMP kept', () => {
    const items = parseGdeltResponse(fixture('gdelt-artlist.json'));
    expect(items.map((c) => [c.title, c.outlet, c.publishedTime, c.mobileUrl ?? null])).toEqual([
      ['Port Aldwin ferry crews walk out over rota changes', 'harbourcourier.example', '2026-03-11T07:30:00Z', 'https://www.harbourcourier.example/2026/03/11/aldwin-ferry-strike/amp/'],
      ['Fährstreik in Port Aldwin: Tausende sitzen fest', 'islandvoice.example', '2026-03-11T12:15:00Z', null],
      ['Aldwin ferry crews strike', 'dailyexample.example', '2026-03-11T08:15:00Z', null],
      ['Aldwin strike (update): what passengers need to know', 'valleytribune.example', '2026-03-12T06:00:00Z', null],
    ]);
  });

  it('survives raw control characters in titles', () => {
    expect(parseGdeltResponse(fixture('gdelt-control-chars.json'))[0].title).toBe('Port Aldwin ferry crews walk out over rota changes');
  });

  it('reads {} as no results', () => {
    expect(parseGdeltResponse(fixture('gdelt-empty.json'))).toEqual([]);
  });

  it.each([
    ['HTTP 200 text error', fixture('gdelt-text-error.txt'), 'text/html', /^GDELT rejected the search: The specified phrase is too short\.$/],
    ['429 text', fixture('gdelt-429.txt'), 'text/plain', /^GDELT rejected the search: Please limit/],
    ['truncated JSON', fixture('gdelt-truncated.json'), 'application/json', /^GDELT sent a broken answer\.$/],
    ['HTML error page', fixture('html-error-page.html'), 'text/html', /^GDELT answered with an error page instead of results\.$/],
    ['articles not a list', '{"articles": 3}', 'application/json', /^GDELT sent a broken answer\.$/],
    ['empty body', '', 'text/html', /^GDELT sent an empty answer\.$/],
  ])('%s → bad-response', (_name, body, type, message) => {
    expect(() => parseGdeltResponse(body, type)).toThrow(expect.objectContaining({ code: 'bad-response', message: expect.stringMatching(message) }));
  });

  it.each([
    ['20240615T170000Z', '2024-06-15T17:00:00Z'],
    ['20240615170000', '2024-06-15T17:00:00Z'],
    ['2024-06-15', null],
    ['20241345T000000Z', null],
  ])('gdeltDateToIso(%s)', (s, iso) => expect(gdeltDateToIso(s)).toBe(iso));

  it.each([
    ['Caso Ana : Trasladan', 'Caso Ana: Trasladan'],
    ['Sujeto en Atizapán , Edomex', 'Sujeto en Atizapán, Edomex'],
    ['  many   spaces  ', 'many spaces'],
    ['« Quoted »', '«Quoted»'],
  ])('normaliseGdeltTitle(%s)', (s, out) => expect(normaliseGdeltTitle(s)).toBe(out));
});

describe('GDELT provider against the fake server', () => {
  let server: FakeProviders;
  beforeAll(async () => (server = await startFakeProviders()));
  afterAll(() => server.close());
  beforeEach(() => {
    server.clearFaults();
    server.setItems('gdelt', [
      { title: 'Aldwin ferry strike , day two', url: 'https://www.harbourcourier.example/a', outlet: 'Harbour Courier', published: '2026-03-12T08:00:00Z' },
      { title: 'Own copy', url: 'https://www.dailyexample.example/b', outlet: 'Daily Example', published: '2026-03-12T08:00:00Z' },
    ]);
  });

  it('searches, filters the own domain and normalises titles', async () => {
    const clock = fakeClock(Date.parse('2026-03-20T00:00:00Z'));
    const provider = createGdeltProvider({ fetch: recordingFetch(clock), store: memoryStore(), clock }, { ...DEFAULT_SETTINGS, ...server.settings });
    const found = await provider.search(QUERY, never);
    expect(found.map((c) => c.title)).toEqual(['Aldwin ferry strike, day two']);
    expect(server.log.at(-1)!.params.query).toBe('"port aldwin" "mara velden" "harbour union" ferry strike sourcelang:english');
  });

  it('ONE request per 5 s across concurrent callers sharing the store (several tabs)', async () => {
    const clock = fakeClock(Date.parse('2026-03-20T00:00:00Z'));
    const t0 = clock.now();
    const store = memoryStore();
    const fetch = recordingFetch(clock);
    const settings = { ...DEFAULT_SETTINGS, ...server.settings };
    // Two "tabs": separate provider instances, one shared store.
    const tabA = createGdeltProvider({ fetch, store, clock }, settings);
    const tabB = createGdeltProvider({ fetch, store, clock }, settings);
    await Promise.all([tabA.search(QUERY, never), tabB.search(QUERY, never), tabA.search(QUERY, never)]);
    // 5 s plus a margin for arrival jitter at GDELT's end (GDELT_SLOT_MS).
    expect(fetch.calls.map((c) => c.at - t0)).toEqual([0, GDELT_SLOT_MS, 2 * GDELT_SLOT_MS]);
    expect(GDELT_SLOT_MS).toBeGreaterThan(5000);
    expect(store.data.get(GDELT_LIMIT_KEY)).toBe(t0 + 3 * GDELT_SLOT_MS);
  });

  it('a 429 pushes the shared slot back and the retry waits for it', async () => {
    server.fault('gdelt', 'rate-limit', { times: 1, retryAfterSeconds: 7 });
    const clock = fakeClock(Date.parse('2026-03-20T00:00:00Z'));
    const t0 = clock.now();
    const fetch = recordingFetch(clock);
    const provider = createGdeltProvider({ fetch, store: memoryStore(), clock }, { ...DEFAULT_SETTINGS, ...server.settings });
    const found = await provider.search(QUERY, never);
    expect(found).toHaveLength(1);
    expect(fetch.calls.map((c) => c.at - t0)).toEqual([0, 7000]);
  });

  it('a text error is a bad-response, not an empty list', async () => {
    server.fault('gdelt', 'text-error', { times: 1, text: 'Your query was too short or too long.' });
    const clock = fakeClock();
    const provider = createGdeltProvider({ fetch: recordingFetch(clock), store: memoryStore(), clock }, { ...DEFAULT_SETTINGS, ...server.settings });
    await expect(provider.search(QUERY, never)).rejects.toMatchObject({ code: 'bad-response', message: 'GDELT rejected the search: Your query was too short or too long.' });
  });
});
