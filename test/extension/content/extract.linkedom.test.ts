// The CLI path: HTML files parsed with linkedom's DOMParser (no browser, no jsdom).
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../extension/content/extract';
import { ARTICLES, NOT_ARTICLES, fixtureHtml } from './fixture-pages';

const parser = new DOMParser() as unknown as { parseFromString(s: string, t: 'text/html'): Document };

describe('extractFromHtml with linkedom', () => {
  it.each(ARTICLES.map((e) => [e.name, e] as const))('%s', (_name, e) => {
    const r = extractFromHtml(fixtureHtml(e.name), e.url, parser);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.article;
    expect([a.title, a.outlet, a.url, a.byline, a.publishedTime, a.lang]).toEqual([
      e.title, e.outlet, e.canonicalUrl, e.byline, e.publishedTime, e.lang,
    ]);
    expect(a.paragraphs).toEqual(e.paragraphs);
    expect(a.removed).toEqual(e.removed);
  });

  it.each(NOT_ARTICLES.map((e) => [e.name, e] as const))('declines %s', (_name, e) => {
    expect(extractFromHtml(fixtureHtml(e.name), e.url, parser)).toMatchObject({ ok: false, code: 'not-an-article' });
  });

  it('rejects a file path with one sentence instead of reading it', () => {
    const r = extractFromHtml(fixtureHtml('daily-example-harbour'), 'file:///tmp/story.html', parser);
    expect(r).toMatchObject({ ok: false, code: 'restricted-page' });
  });
});
