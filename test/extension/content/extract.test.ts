import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractFromHtml, tagCountExceeds, type ExtractResult } from '../../../extension/content/extract';
import { ARTICLES, NOT_ARTICLES, fixtureHtml } from './fixture-pages';

// happy-dom (the project default for extension tests).
function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function article(result: ExtractResult) {
  if (!result.ok) throw new Error(`expected an article, got ${result.code}: ${result.message}`);
  return result.article;
}

describe('extractArticle on our fixture pages (happy-dom)', () => {
  it.each(ARTICLES.map((e) => [e.name, e] as const))('%s', (_name, e) => {
    const a = article(extractArticle(parse(fixtureHtml(e.name)), e.url));
    expect(a.title).toBe(e.title);
    expect(a.outlet).toBe(e.outlet);
    expect(a.url).toBe(e.canonicalUrl);
    expect(a.byline).toBe(e.byline);
    expect(a.publishedTime).toBe(e.publishedTime);
    expect(a.lang).toBe(e.lang);
    expect(a.paragraphs).toEqual(e.paragraphs);
    expect(a.removed).toEqual(e.removed);
    expect(a.wordCount).toBe(e.paragraphs.join(' ').split(' ').length);
  });

  it.each(NOT_ARTICLES.map((e) => [e.name, e] as const))('declines %s as not an article', (_name, e) => {
    const r = extractArticle(parse(fixtureHtml(e.name)), e.url);
    expect(r).toEqual({ ok: false, code: 'not-an-article', message: expect.stringMatching(/^[A-Z][^\n]*\.$/) });
  });

  it('does not modify the page it reads', () => {
    const doc = parse(fixtureHtml('daily-example-harbour'));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, 'https://www.daily-example.test/news/harbour-cranes-storm');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('returns plain text only, never markup', () => {
    const a = article(extractArticle(parse(fixtureHtml('daily-example-harbour')), 'https://www.daily-example.test/x'));
    for (const text of [a.title, a.excerpt, ...a.paragraphs, ...a.removed.map((r) => r.text)]) expect(text).not.toMatch(/<[a-z/!]/i);
  });

  it('cleaning only removes: every kept paragraph is a run of the page text, in page order', () => {
    for (const e of ARTICLES) {
      const doc = parse(fixtureHtml(e.name));
      const page = (doc.body.textContent ?? '').replace(/\s+/g, ' ');
      let from = 0;
      for (const p of article(extractArticle(doc, e.url)).paragraphs) {
        const at = page.indexOf(p, from);
        expect(at, p).toBeGreaterThanOrEqual(0);
        from = at + p.length;
      }
    }
  });

  it('uses the document URL when no url is given', () => {
    const url = 'https://www.valley-courier.test/local/library-sundays';
    const window = new Window({ url });
    window.document.write(fixtureHtml('valley-courier-library'));
    // No canonical link and no og:url on this page: the article's URL is the document's own.
    expect(article(extractArticle(window.document as unknown as Document)).url).toBe(url);
    window.location.href = 'about:blank';
    expect(extractArticle(window.document as unknown as Document)).toMatchObject({ ok: false, code: 'restricted-page' });
  });
});

describe('restricted pages', () => {
  const html = fixtureHtml('daily-example-harbour');
  it.each([
    'chrome://settings/',
    'about:blank',
    'view-source:https://www.daily-example.test/news/x',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'file:///home/reader/story.html',
    'https://chromewebstore.google.com/detail/parallax/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-GB/firefox/addon/parallax/',
    'not a url',
  ])('%s', (url) => {
    const r = extractFromHtml(html, url, new DOMParser());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('restricted-page');
      expect(r.message).toMatch(/^[A-Z][^\n]*\.$/);
    }
  });

  it('treats a PDF shown in the browser viewer as restricted', () => {
    const doc = parse(html);
    Object.defineProperty(doc, 'contentType', { value: 'application/pdf' });
    expect(extractArticle(doc, 'https://www.daily-example.test/report.pdf')).toMatchObject({ ok: false, code: 'restricted-page' });
  });
});

describe('extractFromHtml (happy-dom DOMParser)', () => {
  it.each(ARTICLES.map((e) => [e.name, e] as const))('%s gives the same article as extractArticle', (_name, e) => {
    const fromHtml = extractFromHtml(fixtureHtml(e.name), e.url, new DOMParser());
    expect(fromHtml).toEqual(extractArticle(parse(fixtureHtml(e.name)), e.url));
  });

  it('resolves a relative canonical link against the page URL', () => {
    const a = article(extractFromHtml(fixtureHtml('daily-example-harbour'), 'https://mirror.example-cache.test/copy/1', new DOMParser()));
    expect(a.url).toBe('https://mirror.example-cache.test/news/harbour-cranes-storm');
  });

  it.each([
    ['', 'The page was empty.'],
    ['   ', 'The page was empty.'],
    ['<html><body><p>Too short.</p></body></html>', 'This page does not look like a news article.'],
    ['<<<>>> not html at all', 'This page does not look like a news article.'],
  ])('declines %j with one sentence', (html, message) => {
    expect(extractFromHtml(html, 'https://www.daily-example.test/x', new DOMParser())).toEqual({ ok: false, code: 'not-an-article', message });
  });
});

describe('pathological nesting', () => {
  // An invented paragraph, repeated so the page would pass Readability's size checks.
  const prose = '<p>The harbour council voted on Tuesday to rebuild the sea wall before the winter storms arrive, officials said.</p>'.repeat(6);
  const nested = (depth: number) => `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}${prose}${'</div>'.repeat(depth)}</body></html>`;

  it('refuses a page nested deeper than real pages ever are, with one sentence', () => {
    const result = extractFromHtml(nested(400), 'https://deep.example/story', new DOMParser());
    expect(result).toEqual({ ok: false, code: 'not-an-article', message: 'This page is nested too deeply to be read as an article.' });
  });

  it('still reads an article nested as deeply as real pages are', () => {
    const result = extractFromHtml(nested(60), 'https://deep.example/story', new DOMParser());
    expect(result.ok).toBe(true);
  });
});

describe('tagCountExceeds', () => {
  it.each([
    ['no markup', 'plain words < not a tag', 0, false],
    ['under the limit', '<p>a</p><p>b</p>', 2, false],
    ['over the limit', '<p>a</p><p>b</p><p>c</p>', 2, true],
    ['closing tags and comments do not count', '<p>a</p><!-- x --></p>', 1, false],
    ['upper case counts', '<DIV><Div>', 1, true],
  ])('%s', (_name, html, limit, expected) => {
    expect(tagCountExceeds(html, limit)).toBe(expected);
  });

  it('refuses fetched HTML with far more markup than any article, before parsing it', () => {
    const html = `<html><body>${'<span>x</span>'.repeat(70_000)}</body></html>`;
    const parser = { parseFromString: () => { throw new Error('must not parse'); } };
    expect(extractFromHtml(html, 'https://x.example/', parser)).toMatchObject({ ok: false, code: 'not-an-article' });
  });
});

describe('Readability corner cases (pages that are not articles)', () => {
  // Invented pages. Each must give one plain sentence, never an empty or made-up article.
  const page = (body: string) => `<!doctype html><html lang="en"><head><title>Harbour news | The Daily Example</title><meta property="og:site_name" content="The Daily Example"></head><body>${body}</body></html>`;
  const figure = (n: number) =>
    `<figure><img src="/p${n}.jpg" alt=""><figcaption>Storm waves break over the harbour wall at high tide on Tuesday, photo ${n}. Photograph: Dana Whitlock/The Daily Example</figcaption></figure>`;
  it.each([
    ['nothing Readability can use (it returns null)', page('<nav><a href="/">Home</a> <a href="/news">News</a></nav>')],
    ['only a headline and a subheadline', page('<article><h1>Harbour wall to be rebuilt</h1><h2>Council backs £40m plan after winter storms</h2></article>')],
    ['only photo captions (a gallery)', page(`<article><h1>In pictures: the storm</h1>${[1, 2, 3, 4, 5, 6].map(figure).join('')}</article>`)],
  ])('%s', (_name, html) => {
    const result = extractFromHtml(html, 'https://daily-example.test/news/harbour', new DOMParser());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('not-an-article');
    expect(result.message).toMatch(/^[A-Z][^\n]*\.$/);
  });
});

describe('saved pages (the command line)', () => {
  const html = fixtureHtml('meridian-wire-bridge');
  it('reads a file: address only when asked to, as the CLI does', () => {
    expect(extractFromHtml(html, 'file:///tmp/saved/bridge.html', new DOMParser())).toMatchObject({ ok: false, code: 'restricted-page' });
    const local = extractFromHtml(html, 'file:///tmp/saved/bridge.html', new DOMParser(), { localFile: true });
    expect(local.ok).toBe(true);
  });

  it('still refuses browser pages when asked for local files', () => {
    expect(extractFromHtml(html, 'chrome://settings', new DOMParser(), { localFile: true })).toMatchObject({ ok: false, code: 'restricted-page' });
  });
});
