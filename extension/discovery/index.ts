// The discovery layer's public face: provider adapters, Google link resolution, the page fetcher and
// its scheduler, and the history store. The background wires these to the matcher and the popup.

import type { Article } from '../../src/article';
import { createBingProvider } from './bing';
import { createGdeltProvider } from './gdelt';
import { createGoogleNewsProvider } from './google-news';
import { createGuardianProvider } from './guardian';
import { createHistoryProvider, type HistoryStore } from './history-store';
import { createTabsProvider } from './tabs';
import { DEFAULT_SETTINGS, type DiscoveryDeps, type DiscoverySettings, type Provider } from './types';

export * from './types';
export { ProviderError, isProviderError, type ProviderErrorCode } from './provider-error';
export { createBingProvider, parseBingRss, unwrapBingLink } from './bing';
export { createGoogleNewsProvider, parseGoogleNewsRss, searchTopStories, splitGoogleTitle } from './google-news';
export { parseCluster, parseTopStories, pickTopStory, clusterCandidates, TOP_STORY_MIN_SCORE, type TopStory, type ClusterLink } from './top-stories';
export { createWallMemory, wallHost, BOT_WALLS_KEY, type WallMemory } from './bot-walls';
export { resolveGoogleNewsLink, decodeLegacyGoogleId } from './google-news-resolve';
export { createGdeltProvider, parseGdeltResponse, GDELT_INTERVAL_MS } from './gdelt';
export { createGuardianProvider, parseGuardianResponse } from './guardian';
export { createTabsProvider } from './tabs';
export { HistoryStore, createHistoryProvider, memoryHistoryBackend, type HistoryBackend, type HistoryRecord, type Revision } from './history-store';
export { openHistoryDb, DB_VERSION } from './idb-history';
export { createRateLimiter, type RateLimiter } from './rate-limit';
export { renderBing, renderGdelt, renderGoogleNews, renderGuardian } from './render-query';
export { fetchPage, type FetchPageResult, type FetchPageOptions } from './fetch-page';
export { fetchAll } from './fetch-all';
export { classifyExtracted, type FetchFailureReason } from './classify';

export interface ProviderSetup {
  settings?: Partial<DiscoverySettings>;
  /** Articles extracted from the reader's other open tabs. */
  openTabs?: () => Promise<Article[]> | Article[];
  history?: HistoryStore;
  /** The article on screen, so local providers do not offer it back. */
  readerUrl?: string;
  /** The article itself: Google's top-stories cluster is picked by its title and lead. */
  reader?: Article;
}

/** Default order of discovery.md §8: Bing, Google News, GDELT, then the optional and local ones. */
export function createProviders(deps: DiscoveryDeps, setup: ProviderSetup = {}): Provider[] {
  const settings: DiscoverySettings = { ...DEFAULT_SETTINGS, ...setup.settings };
  const providers: (Provider | null)[] = [
    createBingProvider(deps, settings),
    createGoogleNewsProvider(deps, settings, setup.reader),
    createGdeltProvider(deps, settings),
    createGuardianProvider(deps, settings),
    setup.openTabs ? createTabsProvider(setup.openTabs, setup.readerUrl) : null,
    setup.history ? createHistoryProvider(setup.history, setup.readerUrl) : null,
  ];
  return providers.filter((p): p is Provider => p !== null);
}
