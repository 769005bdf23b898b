import { describe, expect, it } from 'vitest';
import { createHtmlParser } from '../../../extension/background/parse-html';
import { ParallaxError } from '../../../extension/errors';
import { isOffscreenParseRequest, type ExtractResult } from '../../../extension/messages';
import { pageArticle } from '../articles';
import { createFakeBrowser } from '../fake-api';

const titleOf = (html: string) => /<title>(.*?)<\/title>/.exec(html)?.[1] ?? '';
const fakeExtract = (html: string, url: string): ExtractResult =>
  titleOf(html) ? { ok: true, article: pageArticle({ title: titleOf(html), url }) } : { ok: false, code: 'not-an-article', message: 'no article' };

describe('createHtmlParser', () => {
  it('parses in the offscreen document, creating exactly one for concurrent requests', async () => {
    const fake = createFakeBrowser();
    // The fake offscreen page answers only messages addressed to it, like the real one.
    fake.api.runtime.onMessage((m) => (isOffscreenParseRequest(m) ? Promise.resolve(fakeExtract(m.html, m.url)) : undefined));
    const parse = createHtmlParser(fake.api, null);
    const results = await Promise.all([1, 2, 3, 4].map((n) => parse(`<title>Story ${n}</title>`, `https://n${n}.example/`)));
    expect(results.map((r) => [r.article.title, r.via])).toEqual([1, 2, 3, 4].map((n) => [`Story ${n}`, 'offscreen']));
    expect(fake.offscreenDocs).toBe(1);
    expect(fake.ensureCalls).toBe(1);
    await parse('<title>Later</title>', 'https://later.example/');
    expect(fake.offscreenDocs).toBe(1);
  });

  it('stops a parse that runs past its deadline by closing the offscreen document, then parses again', async () => {
    const fake = createFakeBrowser();
    let hang = true;
    // A runaway parse never answers; after the document is closed and made again, parsing works.
    fake.api.runtime.onMessage((m) => (isOffscreenParseRequest(m) ? (hang ? new Promise(() => undefined) : Promise.resolve(fakeExtract(m.html, m.url))) : undefined));
    const parse = createHtmlParser(fake.api, null);
    const started = Date.now();
    const error = await parse('<title>Deep</title>', 'https://deep.example/', 50).catch((e) => e);
    expect(error).toBeInstanceOf(ParallaxError);
    expect(error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(fake.offscreenCloses).toBe(1);
    hang = false;
    const next = await parse('<title>Next</title>', 'https://next.example/', 1000);
    expect(next).toMatchObject({ via: 'offscreen', article: { title: 'Next' } });
    expect(fake.offscreenDocs).toBe(1);
  });

  it('parses in place when the background has a DOM (Firefox)', async () => {
    const fake = createFakeBrowser({ offscreen: false });
    const parse = createHtmlParser(fake.api, fakeExtract);
    const result = await parse('<title>Here</title>', 'https://here.example/');
    expect(result).toMatchObject({ via: 'background-dom', article: { title: 'Here' } });
  });

  it.each([
    ['a page that is not an article', '<p>menu</p>', 'not-an-article'],
  ])('reports %s as %s', async (_name, html, code) => {
    const parse = createHtmlParser(createFakeBrowser({ offscreen: false }).api, fakeExtract);
    await expect(parse(html, 'https://x.example/')).rejects.toMatchObject({ code });
  });

  it('fails plainly with neither a DOM nor an offscreen API', async () => {
    const parse = createHtmlParser(createFakeBrowser({ offscreen: false }).api, null);
    const error = await parse('<title>x</title>', 'https://x.example/').catch((e) => e);
    expect(error).toBeInstanceOf(ParallaxError);
    expect(error.code).toBe('internal');
  });
});
