// GDELT DOC 2.0: global and keyless but slow (seconds to ~20 s) and limited to one request per 5 s per
// IP, which every tab on the reader's network shares: hence the limiter in the SharedStore. Its errors
// are odd: query mistakes come back as HTTP 200 text one-liners, "no results" is `{}`, and the JSON
// sometimes holds raw control characters.

import { providerRequest } from './http';
import { keepRelevant } from './filter';
import { providerError } from './provider-error';
import { createRateLimiter } from './rate-limit';
import { renderGdelt, withParams } from './render-query';
import { looksLikeHtml } from './rss';
import type { DiscoveredCandidate, DiscoveryDeps, DiscoverySettings, Provider, StoryQuery } from './types';

export const GDELT_TIMEOUT_MS = 20_000;
export const GDELT_INTERVAL_MS = 5_000;
/**
 * The spacing actually reserved: GDELT counts arrivals at its server, and two requests sent exactly 5 s
 * apart by our clock arrived up to ~50 ms closer in the fault e2e (socket setup varies per request).
 */
export const GDELT_SLOT_MS = GDELT_INTERVAL_MS + 250;
export const GDELT_LIMIT_KEY = 'ratelimit:gdelt';
const LABEL = 'GDELT';

/** "20240615T170000Z" (crawl time, not publish time) → ISO 8601. */
export function gdeltDateToIso(seen: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})Z?$/.exec(seen?.trim() ?? '');
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** GDELT titles carry spaces before punctuation ("Caso Ana María : Trasladan") and doubled spaces. */
export function normaliseGdeltTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.:;!?%)\]»])/g, '$1')
    .replace(/([([«])\s+/g, '$1')
    .trim();
}

function parseJsonLenient(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    // Raw control characters inside titles make the JSON invalid; as whitespace they are harmless.
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    return JSON.parse(body.replace(/[\u0000-\u001f\u007f]/g, ' '));
  }
}

export function parseGdeltResponse(body: string, contentType = 'application/json'): DiscoveredCandidate[] {
  const trimmed = body.trim();
  if (!/json/i.test(contentType) && !trimmed.startsWith('{')) {
    if (looksLikeHtml(trimmed)) throw providerError('gdelt', 'bad-response', LABEL, 'providerErrorPage');
    const line = trimmed.split('\n')[0].trim().slice(0, 200);
    throw line ? providerError('gdelt', 'bad-response', LABEL, 'providerRejected', [line]) : providerError('gdelt', 'bad-response', LABEL, 'providerEmpty');
  }
  let doc: unknown;
  try {
    doc = parseJsonLenient(trimmed);
  } catch {
    throw providerError('gdelt', 'bad-response', LABEL, 'providerBroken');
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw providerError('gdelt', 'bad-response', LABEL, 'providerBroken');
  const articles = (doc as { articles?: unknown }).articles;
  if (articles === undefined) return [];
  if (!Array.isArray(articles)) throw providerError('gdelt', 'bad-response', LABEL, 'providerBroken');
  const out: DiscoveredCandidate[] = [];
  for (const a of articles as Record<string, unknown>[]) {
    if (!a || typeof a.url !== 'string' || !/^https?:\/\//i.test(a.url)) continue;
    const title = normaliseGdeltTitle(typeof a.title === 'string' ? a.title : '');
    if (!title) continue;
    const domain = typeof a.domain === 'string' ? a.domain : '';
    out.push({
      url: a.url,
      title,
      outlet: domain || (/^https?:\/\/(?:www\.)?([^/?#:]+)/i.exec(a.url)?.[1] ?? ''),
      publishedTime: gdeltDateToIso(typeof a.seendate === 'string' ? a.seendate : ''),
      providers: ['gdelt'],
      mobileUrl: typeof a.url_mobile === 'string' && a.url_mobile ? a.url_mobile : undefined,
    });
  }
  return out;
}

export function createGdeltProvider(deps: DiscoveryDeps, settings: DiscoverySettings): Provider {
  const limiter = createRateLimiter({
    provider: 'gdelt',
    label: LABEL,
    key: GDELT_LIMIT_KEY,
    intervalMs: GDELT_SLOT_MS,
    store: deps.store,
    clock: deps.clock,
  });
  return {
    id: 'gdelt',
    label: LABEL,
    async search(query: StoryQuery, signal: AbortSignal) {
      const rendered = renderGdelt(query, deps.clock.now());
      if (!rendered) return [];
      const response = await providerRequest({
        provider: 'gdelt',
        label: LABEL,
        url: withParams(settings.gdeltBaseUrl, '/api/v2/doc/doc', rendered.params),
        fetch: deps.fetch,
        clock: deps.clock,
        signal,
        timeoutMs: GDELT_TIMEOUT_MS,
        // Repeated violations earn a longer soft ban, so a 429 pushes everyone's next slot back; the
        // cap keeps one retry within the reader's patience.
        beforeAttempt: (s) => limiter.acquire(s),
        onRateLimited: (ms) => limiter.penalise(Math.max(ms, GDELT_SLOT_MS)),
        baseDelayMs: GDELT_INTERVAL_MS,
        capMs: 10_000,
      });
      return keepRelevant(parseGdeltResponse(response.text, response.contentType), query);
    },
  };
}
