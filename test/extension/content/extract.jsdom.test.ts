// @vitest-environment jsdom
// Cross-check: jsdom must give exactly the article happy-dom gives (same expectations, same fixtures).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractFromHtml } from '../../../extension/content/extract';
import { ARTICLES, NOT_ARTICLES, fixtureHtml } from './fixture-pages';

describe('extractArticle under jsdom', () => {
  it.each(ARTICLES.map((e) => [e.name, e] as const))('%s', (_name, e) => {
    // The page's own URL comes from the document, as in the content script.
    const dom = new JSDOM(fixtureHtml(e.name), { url: e.url });
    const r = extractArticle(dom.window.document);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect({
      title: r.article.title,
      outlet: r.article.outlet,
      canonicalUrl: r.article.url,
      byline: r.article.byline,
      publishedTime: r.article.publishedTime,
      lang: r.article.lang,
      paragraphs: r.article.paragraphs,
      removed: r.article.removed,
    }).toEqual({
      title: e.title,
      outlet: e.outlet,
      canonicalUrl: e.canonicalUrl,
      byline: e.byline,
      publishedTime: e.publishedTime,
      lang: e.lang,
      paragraphs: e.paragraphs,
      removed: e.removed,
    });
  });

  it.each(ARTICLES.map((e) => [e.name, e] as const))('%s: extractFromHtml with the jsdom DOMParser agrees', (_name, e) => {
    const window = new JSDOM('').window;
    const fromHtml = extractFromHtml(fixtureHtml(e.name), e.url, new window.DOMParser());
    expect(fromHtml).toEqual(extractArticle(new JSDOM(fixtureHtml(e.name), { url: e.url }).window.document));
  });

  it.each(NOT_ARTICLES.map((e) => [e.name, e] as const))('declines %s', (_name, e) => {
    expect(extractArticle(new JSDOM(fixtureHtml(e.name), { url: e.url }).window.document)).toMatchObject({ ok: false, code: 'not-an-article' });
  });
});
