// A pasted address, fetched with the ONE page fetcher (discovery/fetch-page.ts: no cookies, no referrer,
// size cap, charset, failure classification). Here its failure data becomes a reader-facing error code,
// because the popup's "paste an address" path shows one error screen rather than a card.
import { fetchPage } from '../discovery/fetch-page';
import type { FetchLike } from '../discovery/types';
import { ParallaxError } from '../errors';

export type { FetchLike };

export async function fetchHtml(
  fetchFn: FetchLike,
  url: string,
  timeoutMs: number,
  cookiesFor?: (url: string) => boolean,
): Promise<{ html: string; url: string }> {
  const result = await fetchPage(url, { fetch: fetchFn, timeoutMs, cookiesFor });
  if (result.ok) return { html: result.html, url: result.finalUrl };
  throw new ParallaxError(result.reason === 'timeout' ? 'timeout' : 'fetch-blocked', result.message);
}
