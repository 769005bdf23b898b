// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, isRedirectToHome, type FetchPageResult } from '../../../extension/discovery/fetch-page';
import { startFakeProviders, type FakeProviders } from '../../fixtures/fake-providers';
import { recordingFetch } from './helpers';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const ARTICLE = `<!DOCTYPE html><html><head><title>Ferry strike</title></head><body><article><p>${words(300)}</p></article></body></html>`;

describe('fetchPage against real sockets', () => {
  let server: FakeProviders;
  beforeAll(async () => {
    server = await startFakeProviders();
    server.page('/ok', { body: ARTICLE });
    server.page('/cp1252', {
      headers: { 'Content-Type': 'text/html; charset=windows-1252' },
      body: Buffer.concat([Buffer.from(`<html><body><p>${words(200)} `), Buffer.from([0x93, 0x6f, 0x6b, 0x94, 0x20, 0x80]), Buffer.from('</p></body></html>')]),
    });
    server.page('/sjis-meta', {
      headers: { 'Content-Type': 'text/html' },
      body: Buffer.concat([Buffer.from(`<html><head><meta charset="Shift_JIS"></head><body><p>${words(200)} `), Buffer.from([0x93, 0xfa, 0x96, 0x7b]), Buffer.from('</p></body></html>')]),
    });
    server.page('/pdf', { headers: { 'Content-Type': 'application/pdf' }, body: '%PDF-1.7' });
    server.page('/image', { headers: { 'Content-Type': 'image/jpeg' }, body: 'xx' });
    server.page('/big-declared', { headers: { 'Content-Length': String(6 * 1024 * 1024) }, endless: true });
    server.page('/endless', { endless: true });
    server.page('/slow', { delayMs: 2000, body: ARTICLE });
    server.page('/gone', { status: 410, body: '<html>gone</html>' });
    server.page('/missing-article', { status: 404, body: '<html>not here</html>' });
    server.page('/blocked', { status: 403, body: '<html>no</html>' });
    server.page('/throttled', { status: 429, headers: { 'Retry-After': '120' }, body: 'slow down' });
    server.page('/challenge', { body: '<html><head><title>Just a moment...</title></head><body><script>_cf_chl_opt={}</script></body></html>' });
    server.page('/shell', { body: '<html><body><div id="app"></div><noscript>You need to enable JavaScript to run this app.</noscript><script src="/a.js"></script></body></html>' });
    server.page('/loop', { redirectTo: '/loop' });
    server.page('/moved', { redirectTo: '/ok' });
    server.page('/old-story', { redirectTo: '/' });
    server.page('/', { body: ARTICLE });
    server.page('/to-consent', { redirectTo: '/consent?continue=/ok' });
  });
  afterAll(() => server.close());

  const get = (path: string, opts: { timeoutMs?: number; maxBytes?: number; signal?: AbortSignal } = {}) =>
    fetchPage(`${server.origin}${path}`, { fetch: recordingFetch(), ...opts });

  it('fetches an article with credentials omitted and no referrer', async () => {
    const f = recordingFetch();
    const r = await fetchPage(`${server.origin}/ok`, { fetch: f });
    expect(r).toMatchObject({ ok: true, finalUrl: `${server.origin}/ok`, contentType: 'text/html; charset=utf-8' });
    expect(f.calls[0].init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'follow' });
    expect(server.log.at(-1)!.headers.cookie).toBeUndefined();
    expect(server.log.at(-1)!.headers.referer).toBeUndefined();
  });

  it('decodes windows-1252 from the header and Shift_JIS from <meta>', async () => {
    const a = await get('/cp1252');
    const b = await get('/sjis-meta');
    expect(a.ok && a.html.includes('“ok” €')).toBe(true);
    expect(b.ok && b.html.includes('日本')).toBe(true);
  });

  it('keeps the final URL after a redirect', async () => {
    expect(await get('/moved')).toMatchObject({ ok: true, finalUrl: `${server.origin}/ok` });
  });

  it.each([
    ['/pdf', 'not-html'],
    ['/image', 'not-html'],
    ['/big-declared', 'too-large'],
    ['/gone', 'dead-link'],
    ['/missing-article', 'dead-link'],
    ['/blocked', 'bot-wall'],
    ['/throttled', 'bot-wall'],
    ['/challenge', 'bot-wall'],
    ['/shell', 'script-only'],
    ['/loop', 'redirect-loop'],
    ['/old-story', 'dead-link'],
    ['/to-consent', 'consent-wall'],
  ])('%s → %s, with one plain sentence', async (path, reason) => {
    const r = await get(path);
    expect(r).toMatchObject({ ok: false, reason });
    expect(!r.ok && r.message).toMatch(/^[^\n]{10,120}[.]$/);
  });

  it('reports Retry-After of a throttling site', async () => {
    expect(await get('/throttled')).toMatchObject({ ok: false, status: 429, retryAfter: '120' });
  });

  it('stops an endless body at the size cap while streaming', async () => {
    const started = Date.now();
    const r = await get('/endless', { maxBytes: 64 * 1024, timeoutMs: 5000 });
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it.each([
    ['/slow', 'headers never come in time'],
    ['/endless', 'the body never ends (cap not reached)'],
  ])('times out when %s (%s)', async (path) => {
    const started = Date.now();
    const r = await get(path, { timeoutMs: 300 });
    expect(r).toMatchObject({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('an unreachable port is unreachable', async () => {
    const r = await fetchPage('http://127.0.0.1:9/x', { fetch: recordingFetch() });
    expect(r).toMatchObject({ ok: false, reason: 'unreachable' });
  });

  it.each(['ftp://x.example/a', 'javascript:alert(1)', 'not a url'])('refuses %s', async (url) => {
    expect(await fetchPage(url, { fetch: recordingFetch() })).toMatchObject({ ok: false, reason: 'bad-url' });
  });

  it("the caller's abort rejects instead of returning a failure", async () => {
    const controller = new AbortController();
    const run = get('/slow', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('popup closed')), 50);
    await expect(run).rejects.toThrow('popup closed');
  });

  it.each([
    ['https://a.example/2026/story', 'https://a.example/', true],
    ['https://a.example/2026/story', 'https://a.example/2026/story-renamed', false],
    ['https://a.example/', 'https://a.example/', false],
  ])('isRedirectToHome(%s, %s)', (from, to, yes) => expect(isRedirectToHome(from, to)).toBe(yes));
});

/**
 * A fake web that honours `redirect` and `credentials` as browsers do: 'follow' follows up to 20 hops and
 * then fails, 'error' fails on the first redirect, and a page answers its subscriber text only to a request
 * that carried cookies. Every request is recorded, the hops of a followed redirect included.
 */
type Route = { location: string } | { html: string };

function fakeWeb(routes: Record<string, Route>) {
  const requests: { url: string; credentials: RequestCredentials | undefined; redirect: RequestRedirect | undefined }[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    let at = url;
    for (let hops = 0; ; hops++) {
      requests.push({ url: at, credentials: init.credentials, redirect: init.redirect });
      const host = /^https?:\/\/([^/]+)/.exec(at)?.[1] ?? '';
      if (host.endsWith('.invalid')) throw new TypeError('fetch failed', { cause: Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }) });
      const route = routes[at];
      if (!route) return new Response('<html><body>Not found</body></html>', { status: 404, headers: { 'content-type': 'text/html' } });
      if ('location' in route) {
        if (init.redirect === 'error') throw new TypeError('Failed to fetch');
        if (hops >= 20) throw new TypeError('fetch failed', { cause: new Error('redirect count exceeded') });
        at = new URL(route.location, at).href;
        continue;
      }
      const who = init.credentials === 'include' ? 'subscriber' : 'stranger';
      const response = new Response(`<html><body><p>${who} copy of ${route.html}</p></body></html>`, { headers: { 'content-type': 'text/html' } });
      Object.defineProperty(response, 'url', { value: at });
      return response;
    }
  };
  return { fetch, requests };
}

describe('fetchPage: cookies go only to opted-in sites, redirects included', () => {
  const OPTED_IN = ['meridian.example', 'quayside.example'];
  const cookiesFor = (url: string) => OPTED_IN.some((h) => new URL(url).hostname.endsWith(h));
  const routes: Record<string, Route> = {
    'https://meridian.example/story': { html: 'the Meridian story' },
    'https://meridian.example/moved': { location: 'https://tracker.example/landing' },
    'https://tracker.example/landing': { html: 'the landing page' },
    'https://meridian.example/syndicated': { location: 'https://quayside.example/story' },
    'https://quayside.example/story': { html: 'the Quayside story' },
    'https://meridian.example/loop': { location: '/loop' },
    'https://northgate.example/story': { html: 'the Northgate story' },
    'https://northgate.example/moved': { location: 'https://meridian.example/story' },
  };
  type Sent = [url: string, credentials: RequestCredentials, redirect: RequestRedirect];

  it.each<[string, string, Partial<FetchPageResult>, Sent[]]>([
    ['an opted-in page that does not redirect: one credentialed request', 'https://meridian.example/story',
      { ok: true, finalUrl: 'https://meridian.example/story' },
      [['https://meridian.example/story', 'include', 'error']]],
    ['an opted-in page redirecting to a site not opted in: the target only ever sees a stranger', 'https://meridian.example/moved',
      { ok: true, finalUrl: 'https://tracker.example/landing' },
      [['https://meridian.example/moved', 'include', 'error'], ['https://meridian.example/moved', 'omit', 'follow'], ['https://tracker.example/landing', 'omit', 'follow']]],
    ['an opted-in page redirecting to another opted-in site: cookies at the final page', 'https://meridian.example/syndicated',
      { ok: true, finalUrl: 'https://quayside.example/story' },
      [['https://meridian.example/syndicated', 'include', 'error'], ['https://meridian.example/syndicated', 'omit', 'follow'], ['https://quayside.example/story', 'omit', 'follow'], ['https://quayside.example/story', 'include', 'error']]],
    ['a page not opted in: one anonymous request that follows redirects, as before', 'https://northgate.example/story',
      { ok: true, finalUrl: 'https://northgate.example/story' },
      [['https://northgate.example/story', 'omit', 'follow']]],
    ['a page not opted in redirecting to an opted-in site: still one anonymous request', 'https://northgate.example/moved',
      { ok: true, finalUrl: 'https://meridian.example/story' },
      [['https://northgate.example/moved', 'omit', 'follow'], ['https://meridian.example/story', 'omit', 'follow']]],
  ])('%s', async (_, url, expected, sent) => {
    const web = fakeWeb(routes);
    const r = await fetchPage(url, { fetch: web.fetch, cookiesFor });
    expect(r).toMatchObject(expected);
    expect(web.requests.map((q) => [q.url, q.credentials, q.redirect])).toEqual(sent);
    // The page read is the one the last request of the sequence answered.
    const last = sent.at(-1)!;
    expect(r.ok && r.html).toContain(last[1] === 'include' ? 'subscriber copy' : 'stranger copy');
  });

  it.each([
    ['a redirect loop', 'https://meridian.example/loop', 'redirect-loop'],
    ['a network error', 'https://meridian.invalid/story', 'dead-link'],
  ])('%s on an opted-in site is classified as before, and no cookie leaves the first request', async (_, url, reason) => {
    const web = fakeWeb(routes);
    const optedIn = (u: string) => cookiesFor(u) || u.includes('meridian.invalid');
    const r = await fetchPage(url, { fetch: web.fetch, cookiesFor: optedIn });
    const stranger = await fetchPage(url, { fetch: fakeWeb(routes).fetch });
    expect(r).toMatchObject({ ok: false, reason });
    expect(r).toEqual(stranger);
    expect(web.requests[0]).toMatchObject({ url, credentials: 'include', redirect: 'error' });
    expect(web.requests.slice(1).every((q) => q.credentials === 'omit')).toBe(true);
  });

  it('an opted-in final page that refuses the credentialed request keeps the anonymous copy', async () => {
    // quayside's page redirects only when asked with cookies (a login wall, say): refused, so the stranger's copy stands.
    const web = fakeWeb(routes);
    const fetch = (url: string, init: RequestInit) =>
      url === 'https://quayside.example/story' && init.credentials === 'include' ? Promise.reject(new TypeError('Failed to fetch')) : web.fetch(url, init);
    const r = await fetchPage('https://meridian.example/syndicated', { fetch, cookiesFor });
    expect(r).toMatchObject({ ok: true, finalUrl: 'https://quayside.example/story' });
    expect(r.ok && r.html).toContain('stranger copy of the Quayside story');
  });

  it('one time limit covers the whole sequence', async () => {
    const web = fakeWeb(routes);
    const slow = async (url: string, init: RequestInit) => {
      await new Promise((done) => setTimeout(done, 150));
      init.signal?.throwIfAborted();
      return web.fetch(url, init);
    };
    const started = Date.now();
    const r = await fetchPage('https://meridian.example/syndicated', { fetch: slow, cookiesFor, timeoutMs: 250 });
    expect(r).toMatchObject({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(600);
    expect(web.requests.length).toBeLessThan(4);
  });
});
