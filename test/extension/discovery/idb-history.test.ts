// The history schema's migration, record by record (the whole upgrade runs on real IndexedDB in
// test/e2e/history.e2e.test.ts): a v1 record held whole extracted pages, v2 keeps the Article only.
import { describe, expect, it } from 'vitest';
import { storedArticle } from '../../../extension/discovery/history-store';
import { DB_VERSION, MIGRATIONS, migrateRecord } from '../../../extension/discovery/idb-history';

const page = (title: string) => ({
  title,
  outlet: 'Harbour Courier',
  url: 'https://www.harbourcourier.example/story/1',
  publishedTime: '2026-03-01T10:00:00Z',
  lang: 'en',
  byline: 'A. Writer',
  paragraphs: ['First paragraph.', 'Second paragraph.'],
  excerpt: 'First paragraph.',
  wordCount: 4,
  removed: [{ text: 'Sign up for the newsletter', reason: 'promo' }],
});

describe('history schema', () => {
  it('has one migration per version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
  });

  it('migrates a v1 record: page-only fields dropped, everything else kept', () => {
    const v1 = { url: 'https://www.harbourcourier.example/story/1', article: page('Now'), firstSavedAt: 1, savedAt: 3, revisions: [{ savedAt: 2, article: page('Then') }] };
    const v2 = migrateRecord(v1);
    const { removed: _r, excerpt: _e, wordCount: _w, ...now } = page('Now');
    const { removed: _r2, excerpt: _e2, wordCount: _w2, ...then } = page('Then');
    expect(v2).toEqual({ url: v1.url, article: now, firstSavedAt: 1, savedAt: 3, revisions: [{ savedAt: 2, article: then }] });
    expect(migrateRecord(v2)).toEqual(v2);
  });

  it('keeps an article without the optional fields as it is', () => {
    const bare = { title: 'T', outlet: 'O', url: 'https://o.example/t', publishedTime: null, paragraphs: [] };
    expect(storedArticle(bare)).toEqual(bare);
  });
});
