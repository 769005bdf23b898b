// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeLegacyGoogleId,
  googleArticleId,
  readBatchExecute,
  readSignature,
  resolveGoogleNewsLink,
} from '../../../extension/discovery/google-news-resolve';
import { parseGoogleNewsRss } from '../../../extension/discovery/google-news';
import { legacyGoogleId, startFakeProviders, type FakeProviders } from '../../fixtures/fake-providers';
import { fixture, recordingFetch } from './helpers';

describe('offline parts', () => {
  it.each([
    ['https://news.google.com/rss/articles/CBMiABC_-1?oc=5', 'CBMiABC_-1'],
    ['https://news.google.com/articles/CBMiXYZ', 'CBMiXYZ'],
    ['https://www.harbourcourier.example/a', null],
  ])('googleArticleId(%s)', (url, id) => expect(googleArticleId(url)).toBe(id));

  it.each([
    ['short legacy id', 'https://www.harbourcourier.example/2026/03/11/strike'],
    ['long legacy id (two-byte length)', `https://www.northgateledger.example/${'long-path-segment/'.repeat(10)}story`],
  ])('decodes a %s offline', (_name, url) => {
    expect(decodeLegacyGoogleId(legacyGoogleId(url))).toBe(url);
  });

  it('returns null for an opaque post-2024 id and for garbage', () => {
    expect(decodeLegacyGoogleId('CBMiDkFVX3lxTEludmVudGVkMQ')).toBeNull();
    expect(decodeLegacyGoogleId('!!!')).toBeNull();
  });

  it('reads the signature and timestamp from the article page', () => {
    expect(readSignature(fixture('google-article-page.html'))).toEqual({ signature: 'AZ5r3eInventedSignature', timestamp: '1773226200' });
    expect(readSignature(fixture('consent-page.html'))).toBeNull();
  });

  it.each([
    [`)]}'\n\n[["wrb.fr","Fbv4je","[\\"garturlres\\",\\"https://a.example/x\\",1]"]]`, 'https://a.example/x'],
    [`)]}'\n\n[["wrb.fr","Fbv4je",null]]`, null],
    ['no blank line', null],
    [`)]}'\n\nnot json`, null],
  ])('readBatchExecute %#', (text, url) => expect(readBatchExecute(text)).toBe(url));
});

describe('resolveGoogleNewsLink against the fake server', () => {
  let server: FakeProviders;
  beforeAll(async () => {
    server = await startFakeProviders();
    server.setItems('google-news', [
      { title: 'Aldwin strike talks stall', url: 'https://www.harbourcourier.example/2026/03/12/talks', outlet: 'Harbour Courier', published: '2026-03-12T08:00:00Z' },
    ]);
  });
  afterAll(() => server.close());

  it('resolves an opaque link in two requests (GET page, POST batchexecute), without cookies', async () => {
    const feed = await (await fetch(`${server.settings.googleNewsBaseUrl}/rss/search?q=x`)).text();
    const [candidate] = parseGoogleNewsRss(feed);
    expect(candidate.needsResolve).toBe(true);
    const before = server.log.length;
    const f = recordingFetch();
    const url = await resolveGoogleNewsLink(candidate.url, f, { baseUrl: server.settings.googleNewsBaseUrl });
    expect(url).toBe('https://www.harbourcourier.example/2026/03/12/talks');
    const requests = server.log.slice(before);
    expect(requests.map((r) => [r.method, r.path.replace(/CBMi[\w-]+/, '<id>')])).toEqual([
      ['GET', '/google/articles/<id>'],
      ['POST', '/google/_/DotsSplashUi/data/batchexecute'],
    ]);
    expect(requests.every((r) => r.headers.cookie === undefined)).toBe(true);
    expect(f.calls.every((c) => c.init.credentials === 'omit')).toBe(true);
  });

  it('needs no request for a legacy id', async () => {
    const before = server.log.length;
    const target = 'https://www.valleytribune.example/news/x';
    expect(await resolveGoogleNewsLink(`${server.settings.googleNewsBaseUrl}/rss/articles/${legacyGoogleId(target)}?oc=5`, fetch)).toBe(target);
    expect(server.log.length).toBe(before);
  });

  it('reports a consent interstitial as consent-wall', async () => {
    server.fault('google-news', 'consent', { times: 1 });
    const link = `${server.settings.googleNewsBaseUrl}/rss/articles/${[...server.googleIds.keys()][0]}`;
    await expect(resolveGoogleNewsLink(link, fetch, { baseUrl: server.settings.googleNewsBaseUrl })).rejects.toMatchObject({ code: 'consent-wall' });
  });

  it.each([
    ['an article page without the signature', () => new Response('<html><body>moved</body></html>', { headers: { 'content-type': 'text/html' } })],
    [
      'a batchexecute answer without the URL',
      (url: string) =>
        url.includes('batchexecute')
          ? new Response(")]}'\n\n[[\"wrb.fr\"]]", { headers: { 'content-type': 'application/json' } })
          : new Response('<div data-n-a-sg="S" data-n-a-ts="1"></div>', { headers: { 'content-type': 'text/html' } }),
    ],
  ])('%s: "did not reveal", as a catalogue key', async (_name, answer) => {
    const f = async (url: string) => answer(url);
    await expect(resolveGoogleNewsLink('https://news.google.com/rss/articles/CBMiDkFVX3lxTEludmVudGVkOQ', f)).rejects.toMatchObject({
      code: 'bad-response',
      message: 'Google News did not reveal where this article lives.',
      says: { key: 'providerLinkHidden', subs: [] },
    });
  });

  it('a consent page instead of the article page, as a catalogue key', async () => {
    const f = async () => new Response(fixture('consent-page.html'), { headers: { 'content-type': 'text/html' } });
    await expect(resolveGoogleNewsLink('https://news.google.com/rss/articles/CBMiDkFVX3lxTEludmVudGVkOQ', f)).rejects.toMatchObject({
      code: 'consent-wall',
      says: { key: 'providerLinkConsentWall', subs: [] },
    });
  });

  it('an unknown id is a plain http-error', async () => {
    const link = `${server.settings.googleNewsBaseUrl}/rss/articles/CBMiDkFVX3lxTEludmVudGVkOQ`;
    await expect(resolveGoogleNewsLink(link, fetch, { baseUrl: server.settings.googleNewsBaseUrl })).rejects.toMatchObject({ code: 'http-error', status: 404 });
  });

  it('leaves a non-Google URL alone', async () => {
    expect(await resolveGoogleNewsLink('https://www.harbourcourier.example/a', fetch)).toBe('https://www.harbourcourier.example/a');
  });
});
