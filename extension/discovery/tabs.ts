// Other open tabs as a provider: the caller (background) supplies the articles already extracted from
// them, so nothing leaves the browser and no page is fetched twice.

import type { Article } from '../../src/article';
import { normaliseUrl } from '../../src/match';
import { isOwn, ownOutlet } from './filter';
import { isLocalMatch, termOverlap } from './local-match';
import type { DiscoveredCandidate, Provider, StoryQuery } from './types';

export function articleCandidate(article: Article, provider: 'tabs' | 'history'): DiscoveredCandidate {
  return {
    url: article.url,
    title: article.title,
    outlet: article.outlet,
    snippet: article.paragraphs?.[0]?.slice(0, 300),
    publishedTime: article.publishedTime,
    providers: [provider],
    article,
  };
}

/** Local matches, best overlap first, one per URL, the reader's own outlet left out. */
export function searchArticles(articles: Article[], query: StoryQuery, provider: 'tabs' | 'history', readerUrl?: string): DiscoveredCandidate[] {
  const reader = readerUrl ? normaliseUrl(readerUrl) : null;
  const seen = new Set<string>();
  const own = ownOutlet(query.excludeOutlet);
  return articles
    .map((article) => ({ article, overlap: termOverlap(article, query) }))
    .filter(({ article, overlap }) => {
      const key = normaliseUrl(article.url ?? '');
      if (!article.url || key === reader || seen.has(key)) return false;
      if (isOwn({ url: article.url, outlet: article.outlet ?? '' }, own)) return false;
      if (!isLocalMatch(overlap, query)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => b.overlap - a.overlap)
    .map(({ article }) => articleCandidate(article, provider));
}

export function createTabsProvider(openTabs: () => Promise<Article[]> | Article[], readerUrl?: string): Provider {
  return {
    id: 'tabs',
    label: 'Your open tabs',
    async search(query: StoryQuery, signal: AbortSignal) {
      const articles = await openTabs();
      if (signal.aborted) throw signal.reason;
      return searchArticles(articles, query, 'tabs', readerUrl);
    },
  };
}
