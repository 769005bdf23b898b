// Fetching a candidate page as a stranger would: no cookies (a metered paywall must not count the read,
// and the outlet must not see the reader's account; only a site the reader opted in with "use my
// subscription" gets them, background/subscriptions.ts), no Referer, a time limit, a size cap enforced
// while streaming (Content-Length can be absent or wrong), HTML only, and the declared charset honoured.
// Failures come back as data with one plain sentence: the pipeline shows them as cards, never throws.
// Redirects use the browser's own cap (20, per the Fetch standard): `redirect: 'manual'` would hide the
// Location header from an extension page, so a loop is recognised from the error it ends in. The same
// blindness shapes an opted-in fetch (fetchOptedIn): its cookies must not follow a redirect to another site.

import { decodeHtml } from './charset';
import { classifyHtml, classifyStatus, FAILURE_SENTENCES, type FetchFailureReason } from './classify';
import { abortReason, timedSignal } from './signals';
import type { FetchLike } from './types';

export const FETCH_PAGE_DEFAULTS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 };

export interface FetchPageOptions {
  fetch: FetchLike;
  /** The reader's per-site "use my subscription" opt-in: true sends the reader's cookies to that page. */
  cookiesFor?: (url: string) => boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
}

export type FetchPageResult =
  | { ok: true; html: string; finalUrl: string; contentType: string; charset: string }
  | { ok: false; reason: FetchFailureReason; message: string; status?: number; retryAfter?: string | null };

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

function hostOf(url: string): string {
  return /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1].replace(/^www\./i, '') ?? 'the site';
}

function fail(reason: FetchFailureReason, url: string, extra: { status?: number; retryAfter?: string | null } = {}): FetchPageResult {
  return { ok: false, reason, message: FAILURE_SENTENCES[reason](hostOf(url)), ...extra };
}

function errorText(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && depth < 4; depth++) {
    if (e instanceof Error) parts.push(e.message, String((e as { code?: unknown }).code ?? ''));
    else parts.push(String(e));
    e = (e as { cause?: unknown }).cause;
  }
  return parts.join(' ');
}

function pathOf(url: string): string {
  return /^https?:\/\/[^/?#]+([^?#]*)/i.exec(url)?.[1] || '/';
}

export function isRedirectToHome(requested: string, finalUrl: string): boolean {
  return finalUrl !== requested && pathOf(requested).replace(/\/+$/, '') !== '' && pathOf(finalUrl).replace(/\/+$/, '') === '';
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

type PageRequest = (target: string, credentials: RequestCredentials, redirect: RequestRedirect) => Promise<Response>;

/**
 * An opted-in page, without letting a redirect carry the reader's cookies to another site (`redirect:
 * 'follow'` would send them wherever the page points). The credentialed request refuses redirects; an
 * extension can neither see where a refused redirect pointed nor tell it from a network error, so an
 * anonymous request finds out, and cookies go to the final page only when the reader opted in there too.
 * A page that does not redirect still costs one request. `ended`: the time limit or the caller's abort,
 * which end the whole sequence.
 */
async function fetchOptedIn(url: string, cookiesFor: (url: string) => boolean, request: PageRequest, ended: () => boolean): Promise<Response> {
  try {
    return await request(url, 'include', 'error');
  } catch (error) {
    if (ended()) throw error;
  }
  const anonymous = await request(url, 'omit', 'follow');
  const finalUrl = anonymous.url || url;
  if (finalUrl === url || !cookiesFor(finalUrl)) return anonymous;
  try {
    const credentialed = await request(finalUrl, 'include', 'error');
    await anonymous.body?.cancel().catch(() => undefined);
    return credentialed;
  } catch (error) {
    if (ended()) throw error;
    return anonymous;
  }
}

export async function fetchPage(url: string, options: FetchPageOptions): Promise<FetchPageResult> {
  if (options.signal?.aborted) throw abortReason(options.signal);
  if (!/^https?:\/\/[^/?#\s]+/i.test(url)) return fail('bad-url', url);
  const timeoutMs = options.timeoutMs ?? FETCH_PAGE_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_PAGE_DEFAULTS.maxBytes;
  const timed = timedSignal(options.signal, timeoutMs);
  const request: PageRequest = (target, credentials, redirect) =>
    options.fetch(target, {
      method: 'GET',
      credentials,
      referrerPolicy: 'no-referrer',
      redirect,
      signal: timed.signal,
      headers: { Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    });
  try {
    let response: Response;
    try {
      const cookiesFor = options.cookiesFor;
      response = cookiesFor?.(url)
        ? await fetchOptedIn(url, cookiesFor, request, () => Boolean(options.signal?.aborted) || timed.timedOut())
        : await request(url, 'omit', 'follow');
    } catch (error) {
      if (options.signal?.aborted) throw abortReason(options.signal);
      if (timed.timedOut()) return fail('timeout', url);
      const text = errorText(error);
      if (/redirect/i.test(text)) return fail('redirect-loop', url);
      if (/ENOTFOUND|EAI_AGAIN|NAME_NOT_RESOLVED|getaddrinfo/i.test(text)) return fail('dead-link', url);
      return fail('unreachable', url);
    }
    const finalUrl = response.url || url;
    const statusReason = classifyStatus(response.status);
    if (statusReason) {
      await response.body?.cancel().catch(() => undefined);
      return fail(statusReason, finalUrl, { status: response.status, retryAfter: response.headers.get('retry-after') });
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType && !HTML_TYPES.test(contentType.trim())) {
      await response.body?.cancel().catch(() => undefined);
      return fail('not-html', finalUrl);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return fail('too-large', finalUrl);
    }
    let bytes: Uint8Array | null;
    try {
      bytes = await readCapped(response, maxBytes);
    } catch (error) {
      if (options.signal?.aborted) throw abortReason(options.signal);
      if (timed.timedOut()) return fail('timeout', url);
      void error;
      return fail('unreachable', finalUrl);
    }
    if (!bytes) return fail('too-large', finalUrl);
    const { text, charset } = decodeHtml(bytes, contentType);
    if (!contentType && !/<(?:!doctype html|html|body|p|article)[\s>]/i.test(text.slice(0, 4096))) return fail('not-html', finalUrl);
    if (isRedirectToHome(url, finalUrl)) return fail('dead-link', url);
    const wall = classifyHtml(text, finalUrl);
    if (wall) return fail(wall, finalUrl);
    return { ok: true, html: text, finalUrl, contentType, charset };
  } finally {
    timed.dispose();
  }
}
