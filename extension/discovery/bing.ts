// Bing News RSS (keyless, undocumented): ≤ 12 items, no paging. The publisher URL is the `url=`
// parameter of the apiclick.aspx redirect (its tid/c change per response, so it is never an identity);
// "X on MSN" sources are msn.com re-hosts of outlet X.

import { providerRequest } from './http';
import { keepRelevant } from './filter';
import { providerError } from './provider-error';
import { renderBing, withParams } from './render-query';
import { parseRss, plainText, rfc2822ToIso } from './rss';
import type { DiscoveredCandidate, DiscoveryDeps, DiscoverySettings, Provider, StoryQuery } from './types';

export const BING_TIMEOUT_MS = 5_000;
const LABEL = 'Bing News';

/** The publisher URL inside an apiclick link; other links are returned as they are. */
export function unwrapBingLink(link: string): string {
  const m = /[?&]url=([^&]+)/i.exec(link);
  if (!m || !/apiclick\.aspx/i.test(link)) return link;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return link;
  }
}

export function bingOutletName(source: string): string {
  return source.replace(/\s+on MSN$/i, '').trim();
}

export function parseBingRss(body: string): DiscoveredCandidate[] {
  const result = parseRss(body);
  if (!result.ok) {
    if (result.reason === 'html' && /before you continue|consent/i.test(body)) {
      throw providerError('bing', 'consent-wall', LABEL, 'providerConsentWall');
    }
    throw providerError('bing', 'bad-response', LABEL, 'providerNotFeed');
  }
  return result.items
    .map((item): DiscoveredCandidate => {
      const url = unwrapBingLink(item.link.trim());
      const snippet = plainText(item.description);
      return {
        url,
        title: plainText(item.title),
        outlet: bingOutletName(item.extra.Source ?? '') || hostName(url),
        snippet: snippet || undefined,
        publishedTime: rfc2822ToIso(item.pubDate),
        providers: ['bing'],
      };
    })
    .filter((c) => /^https?:\/\//i.test(c.url) && c.title !== '');
}

function hostName(url: string): string {
  return /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1].replace(/^www\./, '') ?? '';
}

export function createBingProvider(deps: DiscoveryDeps, settings: DiscoverySettings): Provider {
  return {
    id: 'bing',
    label: LABEL,
    async search(query: StoryQuery, signal: AbortSignal) {
      const rendered = renderBing(query, settings.bingMarket);
      if (!rendered) return [];
      const response = await providerRequest({
        provider: 'bing',
        label: LABEL,
        url: withParams(settings.bingBaseUrl, '/news/search', rendered.params),
        fetch: deps.fetch,
        clock: deps.clock,
        signal,
        timeoutMs: BING_TIMEOUT_MS,
      });
      return keepRelevant(parseBingRss(response.text), query);
    },
  };
}
