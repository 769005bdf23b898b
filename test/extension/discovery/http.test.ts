// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { providerRequest, type ProviderRequest } from '../../../extension/discovery/http';
import { startFakeProviders, type Fault, type FakeProviders } from '../../fixtures/fake-providers';
import { fakeClock, never, recordingFetch } from './helpers';

describe('providerRequest: retry policy and failure codes against real sockets', () => {
  let server: FakeProviders;
  beforeAll(async () => {
    server = await startFakeProviders();
    server.setItems('bing', []);
  });
  afterAll(() => server.close());
  beforeEach(() => server.clearFaults());

  const request = (over: Partial<ProviderRequest> = {}) => {
    // Real "now" so Retry-After dates from the server line up with the clock.
    const clock = fakeClock(Date.now());
    const fetch = recordingFetch(clock);
    const t0 = clock.now();
    const run = providerRequest({
      provider: 'bing',
      label: 'Bing News',
      url: `${server.settings.bingBaseUrl}/news/search?q=x`,
      fetch,
      clock,
      signal: never,
      timeoutMs: 2000,
      ...over,
    });
    return { run, fetch, clock, t0 };
  };

  it.each<[string, Fault, number, number[]]>([
    ['429 with Retry-After seconds', 'rate-limit', 3, [0, 3000]],
    ['429 with Retry-After as a date', 'rate-limit-date', 2, [0, 2000]],
    ['429 without Retry-After: backoff base', 'rate-limit-bare', 0, [0, 1000]],
    ['503 with Retry-After', 'unavailable', 4, [0, 4000]],
    ['500: backoff base', 'server-error', 0, [0, 1000]],
  ])('%s is retried once after the right wait', async (_name, fault, seconds, times) => {
    server.fault('bing', fault, { times: 1, retryAfterSeconds: seconds });
    const { run, fetch, t0 } = request();
    const response = await run;
    expect(response.status).toBe(200);
    // HTTP dates have 1-second resolution, so allow the date case to land a second early.
    expect(fetch.calls.map((c) => Math.round((c.at - t0) / 1000) * 1000)).toSatisfy((got: number[]) =>
      got.length === 2 && got[0] === 0 && Math.abs(got[1] - times[1]) <= (fault === 'rate-limit-date' ? 1000 : 0),
    );
  });

  it('gives up after two attempts with rate-limited and retryAfterMs', async () => {
    server.fault('bing', 'rate-limit', { retryAfterSeconds: 2 });
    const { run, fetch } = request();
    await expect(run).rejects.toMatchObject({ code: 'rate-limited', retryAfterMs: 2000, message: 'Bing News asked Parallax to slow down; try again in 2 seconds.' });
    expect(fetch.calls).toHaveLength(2);
  });

  it('does not sleep through a Retry-After longer than the cap', async () => {
    server.fault('bing', 'rate-limit', { times: 1, retryAfterSeconds: 600 });
    const { run, fetch, clock } = request();
    await expect(run).rejects.toMatchObject({ code: 'rate-limited', retryAfterMs: 600_000 });
    expect(fetch.calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('never retries other 4xx', async () => {
    const { run, fetch } = request({ url: `${server.settings.bingBaseUrl}/no/such/path` });
    await expect(run).rejects.toMatchObject({ code: 'http-error', status: 404, message: 'Bing News refused the search (HTTP 404).' });
    expect(fetch.calls).toHaveLength(1);
  });

  it.each<[Fault, string, RegExp]>([
    ['timeout', 'timeout', /^Bing News did not answer within 1 second\.$/],
    ['reset', 'offline', /^Bing News could not be reached; check the connection\.$/],
  ])('%s → %s', async (fault, code, message) => {
    server.fault('bing', fault, { times: 1 });
    const { run } = request({ timeoutMs: 600 });
    await expect(run).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('a redirect loop ends as offline, not a hang', async () => {
    server.fault('bing', 'redirect-loop');
    await expect(request().run).rejects.toMatchObject({ code: 'offline' });
  });

  it("passes the caller's abort through untouched", async () => {
    server.fault('bing', 'timeout', { times: 1 });
    const controller = new AbortController();
    const { run } = request({ signal: controller.signal, timeoutMs: 5000 });
    setTimeout(() => controller.abort(new DOMException('reader closed the popup', 'AbortError')), 50);
    await expect(run).rejects.toMatchObject({ name: 'AbortError', message: 'reader closed the popup' });
  });

  it('a redirect to a consent.* host is a consent-wall', async () => {
    const fetch = async () => Object.defineProperty(new Response('<html><title>Before you continue</title></html>'), 'url', { value: 'https://consent.search.example/?continue=x' });
    await expect(request({ fetch }).run).rejects.toMatchObject({ code: 'consent-wall', message: 'Bing News showed a cookie-consent page instead of results.' });
  });

  it('sends no credentials and no referrer', async () => {
    const { run, fetch } = request();
    await run;
    expect(fetch.calls[0].init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });
});
