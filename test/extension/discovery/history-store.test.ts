// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article';
import { createHistoryProvider, HistoryStore, memoryHistoryBackend } from '../../../extension/discovery/history-store';
import { never, QUERY } from './helpers';

const article = (n: number, over: Partial<Article> = {}): Article => ({
  title: `Story ${n}`,
  outlet: 'Harbour Courier',
  url: `https://www.harbourcourier.example/story/${n}?utm_source=x`,
  publishedTime: '2026-03-11T08:00:00Z',
  paragraphs: [`Paragraph of story ${n}.`],
  ...over,
});

const clockFrom = (start: number) => {
  let t = start;
  return () => ++t;
};

describe('HistoryStore', () => {
  it('keys by canonical URL (tracking parameters stripped)', async () => {
    const store = new HistoryStore(memoryHistoryBackend(), { now: clockFrom(0) });
    await store.save(article(1));
    expect((await store.get('https://www.harbourcourier.example/story/1'))?.article.title).toBe('Story 1');
    expect(await store.size()).toBe(1);
  });

  it('is bounded: keeps the newest, evicts the oldest', async () => {
    const store = new HistoryStore(memoryHistoryBackend(), { maxEntries: 3, now: clockFrom(0) });
    for (const n of [1, 2, 3, 4, 5]) await store.save(article(n));
    expect(await store.size()).toBe(3);
    expect(await store.get(article(1).url)).toBeUndefined();
    expect(await store.get(article(2).url)).toBeUndefined();
    expect(await store.get(article(5).url)).toBeDefined();
  });

  it('never evicts the article being shown, even when it is the oldest', async () => {
    const store = new HistoryStore(memoryHistoryBackend(), { maxEntries: 2, now: clockFrom(0) });
    await store.save(article(1));
    await store.save(article(2));
    await store.save(article(3), { shownUrl: article(1).url });
    expect(await store.get(article(1).url)).toBeDefined();
    expect(await store.get(article(2).url)).toBeUndefined();
  });

  it('keeps earlier, different extractions as revisions, newest first, bounded', async () => {
    const store = new HistoryStore(memoryHistoryBackend(), { maxRevisions: 2, now: clockFrom(100) });
    await store.save(article(1, { paragraphs: ['v1'] }));
    await store.save(article(1, { paragraphs: ['v1'] })); // same text: no revision
    await store.save(article(1, { paragraphs: ['v2'] }));
    await store.save(article(1, { paragraphs: ['v3'] }));
    await store.save(article(1, { paragraphs: ['v4'] }));
    const revisions = await store.revisions(article(1).url);
    expect(revisions.map((r) => r.article.paragraphs[0])).toEqual(['v3', 'v2']);
    expect((await store.get(article(1).url))?.article.paragraphs).toEqual(['v4']);
    expect(await store.revisions('https://never.example/seen')).toEqual([]);
  });

  it('clears everything', async () => {
    const store = new HistoryStore(memoryHistoryBackend());
    await store.save(article(1));
    await store.clear();
    expect(await store.size()).toBe(0);
  });

  it('searches by entity/keyword overlap within the window, not the reader page or own outlet', async () => {
    const store = new HistoryStore(memoryHistoryBackend(), { now: clockFrom(0) });
    const match = article(10, { title: 'Port Aldwin ferry strike strands passengers', paragraphs: ['Mara Velden called it regrettable.'] });
    const onlyOne = article(11, { title: 'Ferry timetable changes', paragraphs: ['New winter sailings.'] });
    const outside = article(12, { title: 'Port Aldwin ferry strike of 2019', publishedTime: '2019-05-01T00:00:00Z' });
    const own = article(13, { title: 'Port Aldwin ferry strike', url: 'https://www.dailyexample.example/s', outlet: 'Daily Example' });
    const reader = article(14, { title: 'Port Aldwin ferry strike: live', url: 'https://www.northgateledger.example/live' });
    for (const a of [match, onlyOne, outside, own, reader]) await store.save(a);
    const provider = createHistoryProvider(store, reader.url);
    const found = await provider.search(QUERY, never);
    expect(found.map((c) => c.url)).toEqual([match.url]);
    expect(found[0]).toMatchObject({ providers: ['history'], article: { title: match.title } });
  });
});
