// The per-site "use my subscription" opt-in: what storage may hold, which page addresses it covers, and
// that a page fetch carries the reader's cookies only for those (credentials 'include' vs 'omit').
import { describe, expect, it } from 'vitest';
import { createHtmlParser } from '../../../extension/background/parse-html';
import { createRouter } from '../../../extension/background/router';
import { cookiesAllowedFor, loadCookiePolicy, SUBSCRIPTIONS_KEY, subscriptionHosts } from '../../../extension/background/subscriptions';
import { fetchPage } from '../../../extension/discovery/fetch-page';
import { createFakeBrowser } from '../fake-api';

describe('subscriptionHosts', () => {
  it.each([
    [undefined, []],
    ['meridian.example', []],
    [['Meridian.Example', 'www.meridian.example', 'https://www.northgate.example/login?next=/', 42, null, 'not a host', 'evil.example/*', 'a..b'], ['meridian.example', 'northgate.example']],
  ])('%j → %j', (raw, hosts) => {
    expect(subscriptionHosts(raw)).toEqual(hosts);
  });
});

describe('cookiesAllowedFor', () => {
  const allowed = cookiesAllowedFor(['meridian.example']);
  it.each([
    ['https://meridian.example/world/a.html', true],
    ['https://www.meridian.example/world/a.html', true],
    ['http://news.meridian.example/a', true],
    ['https://meridian.example.evil.test/a', false],
    ['https://notmeridian.example/a', false],
    ['https://northgate.example/a', false],
    ['ftp://meridian.example/a', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(allowed(url)).toBe(expected);
  });

  it('allows nothing when the reader opted in nowhere', () => {
    expect(cookiesAllowedFor([])('https://meridian.example/a')).toBe(false);
  });
});

describe('page fetches and the opt-in', () => {
  it('sends credentials only to an opted-in site', async () => {
    const fake = createFakeBrowser();
    fake.storage.set(SUBSCRIPTIONS_KEY, ['meridian.example']);
    const cookiesFor = await loadCookiePolicy(fake.api);
    const seen: [string, RequestCredentials | undefined][] = [];
    const fetch = async (url: string, init: RequestInit) => {
      seen.push([url, init.credentials]);
      return new Response('<html><body><p>Hello.</p></body></html>', { headers: { 'content-type': 'text/html' } });
    };
    for (const url of ['https://www.meridian.example/a', 'https://northgate.example/b']) await fetchPage(url, { fetch, cookiesFor });
    await fetchPage('https://www.meridian.example/c', { fetch });
    expect(seen).toEqual([
      ['https://www.meridian.example/a', 'include'],
      ['https://northgate.example/b', 'omit'],
      ['https://www.meridian.example/c', 'omit'],
    ]);
  });

  it('a pasted address follows the same rule', async () => {
    const fake = createFakeBrowser({ offscreen: false });
    fake.storage.set(SUBSCRIPTIONS_KEY, ['meridian.example']);
    fake.granted.add('https://www.meridian.example/*');
    fake.granted.add('https://northgate.example/*');
    const seen: [string, RequestCredentials | undefined][] = [];
    const route = createRouter({
      api: fake.api,
      fetch: async (url, init) => {
        seen.push([url, init.credentials]);
        return new Response('<title>T</title><p>Text.</p>', { headers: { 'content-type': 'text/html' } });
      },
      parseHtml: createHtmlParser(fake.api, (_html, url) => ({
        ok: true,
        article: { title: 'T', outlet: 'O', url, publishedTime: null, paragraphs: ['Text.'], byline: null, lang: 'en', wordCount: 1, excerpt: '', removed: [] },
      })),
      compare: () => {
        throw new Error('not used');
      },
    });
    for (const url of ['https://www.meridian.example/a', 'https://northgate.example/b']) expect((await route({ type: 'fetch-article', url })).ok).toBe(true);
    expect(seen).toEqual([
      ['https://www.meridian.example/a', 'include'],
      ['https://northgate.example/b', 'omit'],
    ]);
  });

  it('treats unreadable storage as no opt-in', async () => {
    const fake = createFakeBrowser();
    fake.api.storage.get = async () => {
      throw new Error('storage is gone');
    };
    expect((await loadCookiePolicy(fake.api))('https://meridian.example/a')).toBe(false);
  });
});
