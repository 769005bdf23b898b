// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, isRedirectToHome } from '../../../extension/discovery/fetch-page';
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
