import { describe, expect, it } from 'vitest';
import { fetchHtml, type FetchLike } from '../../../extension/background/fetch-page';
import { FETCH_PAGE_DEFAULTS } from '../../../extension/discovery/fetch-page';
import { ParallaxError } from '../../../extension/errors';

const html = '<html><body><p>Hello</p></body></html>';
const respond = (body: string, init: ResponseInit = {}): FetchLike => async () =>
  new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, ...init });

async function failure(fetchFn: FetchLike, url = 'https://news.example/a', timeoutMs = 1000) {
  try {
    await fetchHtml(fetchFn, url, timeoutMs);
    return null;
  } catch (error) {
    if (!(error instanceof ParallaxError)) throw error;
    return { code: error.code, detail: error.detail };
  }
}

// fetchHtml is a thin call into the one page fetcher (discovery/fetch-page.ts, tested there in depth):
// these check that each of its failures reaches the reader as the right error code and sentence.
describe('fetchHtml', () => {
  it('fetches without credentials and returns the text', async () => {
    let seen: RequestInit | undefined;
    const result = await fetchHtml(async (_url, init) => {
      seen = init;
      return new Response(html, { headers: { 'content-type': 'text/html' } });
    }, 'https://news.example/a', 1000);
    expect(result.html).toBe(html);
    expect(seen?.credentials).toBe('omit');
  });

  it.each([
    ['HTTP 404', respond('gone', { status: 404 }), 'fetch-blocked', /news\.example is gone/],
    ['HTTP 429', respond('slow down', { status: 429 }), 'fetch-blocked', /blocked the request as automated/],
    ['a PDF', respond('%PDF', { headers: { 'content-type': 'application/pdf' } }), 'fetch-blocked', /not a web page/],
    ['a network failure', (async () => { throw new TypeError('Failed to fetch'); }) as FetchLike, 'fetch-blocked', /could not be reached/],
    ['an oversized page', respond('x', { headers: { 'content-type': 'text/html', 'content-length': String(FETCH_PAGE_DEFAULTS.maxBytes + 1) } }), 'fetch-blocked', /too large/],
  ])('%s → %s', async (_name, fetchFn, code, detail) => {
    const result = await failure(fetchFn);
    expect(result?.code).toBe(code);
    expect(result?.detail).toMatch(detail);
  });

  it.each([
    ['not a url', /not a web address/],
    ['ftp://files.example/a', /not a web address/],
  ])('refuses %s without fetching', async (url, detail) => {
    let called = false;
    const result = await failure(async () => {
      called = true;
      return new Response(html);
    }, url);
    expect(result?.code).toBe('fetch-blocked');
    expect(result?.detail).toMatch(detail);
    expect(called).toBe(false);
  });

  it('gives up with `timeout` when the server never answers', async () => {
    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const started = Date.now();
    const result = await failure(hanging, 'https://slow.example/a', 50);
    expect(result?.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
