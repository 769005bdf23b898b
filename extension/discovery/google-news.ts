// Google News RSS search: the best recall, but links have been opaque since July 2024. Titles read
// "Headline - Outlet" and the outlet's home page is in <source url>, so candidates can be filtered,
// de-duplicated and pre-ranked without resolving anything; only the few we fetch are resolved
// (google-news-resolve.ts), at two requests each.

import type { Article } from '../../src/article';
import { isGoogleArticleLink, splitGoogleTitle } from './google-items';
import { providerRequest } from './http';
import { keepRelevant } from './filter';
import { providerError } from './provider-error';
import { googleLocale, renderGoogleNews, withParams } from './render-query';
import { parseRss, plainText, rfc2822ToIso } from './rss';
import { clusterCandidates, parseTopStories, pickTopStory } from './top-stories';
import type { DiscoveredCandidate, DiscoveryDeps, DiscoverySettings, Provider, SearchOptions, StoryQuery } from './types';

export { splitGoogleTitle };

export const GOOGLE_NEWS_TIMEOUT_MS = 8_000;
const LABEL = 'Google News';

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
        needsResolve: isGoogleArticleLink(item.link),
        outletUrl: outletUrl || undefined,
      };
    })
    .filter((c) => /^https?:\/\//i.test(c.url) && c.title !== '');
}

/**
 * One top-stories fetch for the reader's edition: nothing of the article goes out (only hl/gl/ceid), and
 * the cluster telling the reader's story, if any, adds its outlets. A failure here costs only the extra.
 */
export async function searchTopStories(
  deps: DiscoveryDeps,
  settings: DiscoverySettings,
  reader: Article,
  query: StoryQuery,
  signal: AbortSignal,
): Promise<DiscoveredCandidate[]> {
  const response = await providerRequest({
    provider: 'google-news',
    label: LABEL,
    url: withParams(settings.googleNewsBaseUrl, '/rss', googleLocale(query.lang, settings.country)),
    fetch: deps.fetch,
    clock: deps.clock,
    signal,
    timeoutMs: GOOGLE_NEWS_TIMEOUT_MS,
  });
  const picked = pickTopStory(reader, parseTopStories(response.text));
  return picked ? clusterCandidates(picked.story, reader) : [];
}

/** `reader` enables the top-stories extra (its cluster is picked by the reader's title and lead). */
export function createGoogleNewsProvider(deps: DiscoveryDeps, settings: DiscoverySettings, reader?: Article): Provider {
  return {
    id: 'google-news',
    label: LABEL,
    async search(query: StoryQuery, signal: AbortSignal, options?: SearchOptions) {
      const top =
        reader && settings.googleNewsTopStories !== false && !options?.broad
          ? searchTopStories(deps, settings, reader, query, signal).catch((error: unknown) => {
              if (!signal.aborted) console.warn('[parallax] Google News top stories', error);
              return [] as DiscoveredCandidate[];
            })
          : Promise.resolve([]);
      const rendered = renderGoogleNews(query, settings.country);
      const search = rendered
        ? providerRequest({
            provider: 'google-news',
            label: LABEL,
            url: withParams(settings.googleNewsBaseUrl, '/rss/search', rendered.params),
            fetch: deps.fetch,
            clock: deps.clock,
            signal,
            timeoutMs: GOOGLE_NEWS_TIMEOUT_MS,
          }).then((response) => parseGoogleNewsRss(response.text))
        : Promise.resolve([]);
      const [found, extra] = await Promise.all([search, top]);
      return keepRelevant([...found, ...withOutletUrls(extra, found)], query);
    },
  };
}

/** A cluster names outlets without their home pages; the search feed often knows them (<source url>). */
function withOutletUrls(extra: DiscoveredCandidate[], found: DiscoveredCandidate[]): DiscoveredCandidate[] {
  const homes = new Map(found.filter((c) => c.outletUrl).map((c) => [c.outlet.toLowerCase(), c.outletUrl!]));
  return extra.map((c) => (c.outletUrl || !homes.has(c.outlet.toLowerCase()) ? c : { ...c, outletUrl: homes.get(c.outlet.toLowerCase()) }));
}
