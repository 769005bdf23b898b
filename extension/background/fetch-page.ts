import { ParallaxError } from '../errors';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Pages larger than this are not articles we can compare in a popup; refuse instead of stalling. */
export const MAX_HTML_BYTES = 5_000_000;

/**
 * Fetches a page the way a stranger would: no cookies, no credentials (privacy: the outlet learns
 * nothing about the reader's session). Every failure maps to one reader-facing code.
 */
export async function fetchHtml(fetchFn: FetchLike, url: string, timeoutMs: number): Promise<{ html: string; url: string }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ParallaxError('fetch-blocked', 'that is not a web address');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ParallaxError('fetch-blocked', 'only http and https pages can be fetched');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchFn(parsed.href, { credentials: 'omit', redirect: 'follow', signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) throw new ParallaxError('timeout', `no answer from ${parsed.hostname} in ${Math.round(timeoutMs / 1000)} s`);
      throw new ParallaxError('fetch-blocked', `${parsed.hostname} could not be reached (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!response.ok) throw new ParallaxError('fetch-blocked', `${parsed.hostname} answered HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html|xml/i.test(type)) throw new ParallaxError('fetch-blocked', `${parsed.hostname} sent ${type.split(';')[0]}, not a web page`);
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_HTML_BYTES) throw new ParallaxError('fetch-blocked', 'the page is too large');
    let html: string;
    try {
      html = await response.text();
    } catch {
      if (controller.signal.aborted) throw new ParallaxError('timeout', `${parsed.hostname} was too slow to send the page`);
      throw new ParallaxError('fetch-blocked', `${parsed.hostname} broke off the page`);
    }
    if (html.length > MAX_HTML_BYTES) throw new ParallaxError('fetch-blocked', 'the page is too large');
    return { html, url: response.url || parsed.href };
  } finally {
    clearTimeout(timer);
  }
}
