// Google News RSS search: the best recall, but links have been opaque since July 2024. Titles read
// "Headline - Outlet" and the outlet's home page is in <source url>, so candidates can be filtered,
// de-duplicated and pre-ranked without resolving anything; only the few we fetch are resolved
// (google-news-resolve.ts), at two requests each.

import { providerRequest } from './http';
import { keepRelevant } from './filter';
import { providerError } from './provider-error';
import { renderGoogleNews, withParams } from './render-query';
import { parseRss, plainText, rfc2822ToIso } from './rss';
import type { DiscoveredCandidate, DiscoveryDeps, DiscoverySettings, Provider, StoryQuery } from './types';

export const GOOGLE_NEWS_TIMEOUT_MS = 8_000;
const LABEL = 'Google News';

/** Splits on the LAST " - ": headlines themselves often contain " - ". */
export function splitGoogleTitle(title: string, source: string): { headline: string; outlet: string } {
  const t = title.trim();
  if (source && t.endsWith(` - ${source}`)) return { headline: t.slice(0, -(source.length + 3)).trim(), outlet: source };
  const at = t.lastIndexOf(' - ');
  if (at <= 0) return { headline: t, outlet: source };
  return { headline: t.slice(0, at).trim(), outlet: source || t.slice(at + 3).trim() };
}

export function parseGoogleNewsRss(body: string): DiscoveredCandidate[] {
  const result = parseRss(body);
  if (!result.ok) {
    if (result.reason === 'html' && /before you continue|consent\.google/i.test(body)) {
      throw providerError('google-news', 'consent-wall', LABEL, 'providerConsentWall');
    }
    throw providerError('google-news', 'bad-response', LABEL, 'providerNotFeed');
  }
  return result.items
    .map((item): DiscoveredCandidate => {
      const source = plainText(item.extra.source ?? '');
      const { headline, outlet } = splitGoogleTitle(plainText(item.title), source);
      // Search items' descriptions are just "<a>headline</a>&nbsp;&nbsp;Outlet": no snippet worth keeping.
      let snippet = plainText(item.description);
      if (snippet.startsWith(headline)) snippet = snippet.slice(headline.length).trim();
      if (outlet && snippet.endsWith(outlet)) snippet = snippet.slice(0, -outlet.length).trim();
      const outletUrl = item.attrs.source?.url;
      return {
        url: item.link.trim(),
        title: headline,
        outlet,
        snippet: snippet || undefined,
        publishedTime: rfc2822ToIso(item.pubDate),
        providers: ['google-news'],
        needsResolve: /news\.google\.[a-z.]+\/(?:rss\/)?articles\//i.test(item.link) || /\/articles\/CB/i.test(item.link),
        outletUrl: outletUrl || undefined,
      };
    })
    .filter((c) => /^https?:\/\//i.test(c.url) && c.title !== '');
}

export function createGoogleNewsProvider(deps: DiscoveryDeps, settings: DiscoverySettings): Provider {
  return {
    id: 'google-news',
    label: LABEL,
    async search(query: StoryQuery, signal: AbortSignal) {
      const rendered = renderGoogleNews(query, settings.country);
      if (!rendered) return [];
      const response = await providerRequest({
        provider: 'google-news',
        label: LABEL,
        url: withParams(settings.googleNewsBaseUrl, '/rss/search', rendered.params),
        fetch: deps.fetch,
        clock: deps.clock,
        signal,
        timeoutMs: GOOGLE_NEWS_TIMEOUT_MS,
      });
      return keepRelevant(parseGoogleNewsRss(response.text), query);
    },
  };
}
