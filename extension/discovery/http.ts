// One request to a search provider, the privacy rules built in: no cookies (credentials 'omit', so
// Google and Bing cannot tie the query to an account), no Referer, the reader's signal honoured, a
// per-provider timeout, and the retry policy of retry.ts. Returns the body as text: every provider
// answers a few kilobytes of XML or JSON.

import { providerError } from './provider-error';
import { backoffMs, isRetryableStatus, parseRetryAfter, RETRY_DEFAULTS } from './retry';
import { abortReason, timedSignal } from './signals';
import type { Clock, FetchLike, ProviderId } from './types';

export interface ProviderRequest {
  provider: ProviderId;
  /** The reader-facing name used in messages ("Bing News"). */
  label: string;
  url: string;
  fetch: FetchLike;
  clock: Clock;
  signal: AbortSignal;
  timeoutMs: number;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  maxAttempts?: number;
  baseDelayMs?: number;
  capMs?: number;
  /** Runs before every attempt, retries included (GDELT's shared 1-per-5-s slot). */
  beforeAttempt?: (signal: AbortSignal) => Promise<void>;
  /** Told when the provider rate-limits us, so a shared limiter can back off for everyone. */
  onRateLimited?: (retryAfterMs: number) => Promise<void> | void;
}

export interface ProviderResponse {
  status: number;
  text: string;
  contentType: string;
  finalUrl: string;
}


export async function providerRequest(req: ProviderRequest): Promise<ProviderResponse> {
  const maxAttempts = req.maxAttempts ?? RETRY_DEFAULTS.maxAttempts;
  const capMs = req.capMs ?? RETRY_DEFAULTS.capMs;
  for (let attempt = 1; ; attempt++) {
    if (req.signal.aborted) throw abortReason(req.signal);
    await req.beforeAttempt?.(req.signal);
    const timed = timedSignal(req.signal, req.timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await req.fetch(req.url, {
        method: req.method ?? 'GET',
        body: req.body,
        headers: req.headers,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'follow',
        cache: 'no-store',
        signal: timed.signal,
      });
      text = await response.text();
    } catch (error) {
      if (req.signal.aborted) throw abortReason(req.signal);
      if (timed.timedOut()) {
        const limit = Math.max(1, Math.ceil(req.timeoutMs / 1000));
        throw providerError(req.provider, 'timeout', req.label, limit === 1 ? 'providerTimeoutAfterOne' : 'providerTimeoutAfter', limit === 1 ? [] : [limit]);
      }
      void error;
      throw providerError(req.provider, 'offline', req.label, 'providerOffline');
    } finally {
      timed.dispose();
    }
    const finalUrl = response.url || req.url;
    if (/^https?:\/\/consent\./i.test(finalUrl)) {
      throw providerError(req.provider, 'consent-wall', req.label, 'providerConsentWall');
    }
    if (response.ok) {
      return { status: response.status, text, contentType: response.headers.get('content-type') ?? '', finalUrl };
    }
    const status = response.status;
    if (!isRetryableStatus(status)) {
      throw providerError(req.provider, 'http-error', req.label, 'providerRefusedStatus', [status], { status });
    }
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), req.clock.now());
    const rateLimited = status === 429 || (status === 503 && retryAfter !== null);
    const delay = Math.max(retryAfter ?? 0, backoffMs(attempt, req.baseDelayMs, capMs));
    if (rateLimited) await req.onRateLimited?.(delay);
    if (attempt < maxAttempts && delay <= capMs) {
      await req.clock.sleep(delay, req.signal);
      continue;
    }
    if (rateLimited) {
      const wait = Math.max(1, Math.ceil(delay / 1000));
      throw providerError(req.provider, 'rate-limited', req.label, wait === 1 ? 'providerSlowDownOne' : 'providerSlowDown', wait === 1 ? [] : [wait], {
        retryAfterMs: delay,
        status,
      });
    }
    throw providerError(req.provider, 'http-error', req.label, 'providerServerError', [status], { status });
  }
}
