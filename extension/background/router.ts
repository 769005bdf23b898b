import type { ExtensionApi } from '../api';
import { ParallaxError, toErrorPayload } from '../errors';
import {
  normaliseSettings,
  type BackgroundReplies,
  type BackgroundReply,
  type BackgroundRequest,
  type PageArticle,
  type ParseVia,
  type Settings,
  type TabChoice,
} from '../messages';
import type { HistoryStore } from '../discovery/history-store';
import type { CoverageService } from './coverage-service';
import type { CompareFn } from './engine';
import { extractFromTab } from './extract-tab';
import { fetchHtml, type FetchLike } from './fetch-page';
import type { ParseHtml } from './parse-html';
import { originPattern, restrictionOf } from './restricted';
import { loadSettings as loadStoredSettings, SETTINGS_KEY } from '../settings-store';
import { loadCookiePolicy, SUBSCRIPTIONS_KEY, subscriptionHosts } from './subscriptions';

export interface BackgroundDeps {
  api: ExtensionApi;
  fetch: FetchLike;
  parseHtml: ParseHtml;
  compare: CompareFn;
  now?: () => number;
  /** Discovery (issue 4); absent in tests of the older handlers. */
  coverage?: CoverageService;
  history?: () => Promise<HistoryStore | null>;
}

/** The engine's own wall-clock budget per comparison; the popup must never wait on a runaway diff. */
export const COMPARE_DEADLINE_MS = 2000;

type Handlers = { [K in BackgroundRequest['type']]: (request: Extract<BackgroundRequest, { type: K }>) => Promise<BackgroundReplies[K]> };

/**
 * The background's orchestration, one handler per request. Later issues add discovery, caching and
 * streaming over a port; each is another handler here, and the popup only sees more message types.
 */
export function createRouter(deps: BackgroundDeps): (request: BackgroundRequest) => Promise<BackgroundReply<BackgroundRequest['type']>> {
  const { api } = deps;
  const now = deps.now ?? (() => Date.now());
  // Re-opening the popup on the same page must be instant: the page is extracted once per URL.
  const extracted = new Map<number, { url: string; article: PageArticle }>();

  const loadSettings = (): Promise<Settings> => loadStoredSettings(api.storage);
  const history = async (): Promise<HistoryStore> => {
    const store = await deps.history?.().catch(() => null);
    if (!store) throw new ParallaxError('internal', 'the reading history is not available in this browser');
    return store;
  };

  const extractTab = async (tabId: number): Promise<PageArticle> => {
    const tab = await api.tabs.get(tabId).catch(() => null);
    if (!tab) throw new ParallaxError('restricted-page', 'that tab is gone');
    const cached = extracted.get(tabId);
    if (cached && tab.url && cached.url === tab.url) return cached.article;
    const article = await extractFromTab(api, tabId, tab.url);
    if (tab.url) extracted.set(tabId, { url: tab.url, article });
    return article;
  };

  const fetchArticle = async (url: string): Promise<{ article: PageArticle; via: ParseVia }> => {
    let pattern: string;
    try {
      pattern = originPattern(url);
    } catch {
      throw new ParallaxError('fetch-blocked', 'that is not a web address');
    }
    if (restrictionOf(url)) throw new ParallaxError('fetch-blocked', 'only web pages can be compared');
    if (!(await api.permissions.contains([pattern]))) throw new ParallaxError('permission-needed', new URL(url).hostname);
    const settings = await loadSettings();
    const page = await fetchHtml(deps.fetch, url, settings.fetchTimeoutSeconds * 1000, await loadCookiePolicy(api));
    return deps.parseHtml(page.html, page.url, settings.fetchTimeoutSeconds * 1000);
  };

  const handlers: Handlers = {
    'list-tabs': async ({ excludeTabId }) => {
      const tabs: TabChoice[] = [];
      for (const tab of await api.tabs.all()) {
        // Tabs whose URL we cannot see are tabs we may not read yet: the popup offers the permission.
        if (tab.id === excludeTabId || !tab.url || restrictionOf(tab.url)) continue;
        tabs.push({ tabId: tab.id, title: tab.title || tab.url, url: tab.url });
      }
      return { tabs };
    },
    compare: async ({ article, target }) => {
      let other: PageArticle;
      let via: ParseVia;
      if (target.kind === 'tab') {
        other = await extractTab(target.tabId);
        via = 'tab';
      } else {
        ({ article: other, via } = await fetchArticle(target.url));
      }
      const start = now();
      const comparison = deps.compare(article, other, { deadlineMs: COMPARE_DEADLINE_MS });
      return { other, comparison, via, ms: now() - start };
    },
    'fetch-article': async ({ url }) => fetchArticle(url),
    'get-settings': async () => ({ settings: await loadSettings() }),
    'set-settings': async ({ settings }) => {
      const merged = normaliseSettings({ ...(await loadSettings()), ...settings });
      await api.storage.set(SETTINGS_KEY, merged);
      return { settings: merged };
    },
    'coverage-comparison': async ({ articleId, itemId }) => {
      if (!deps.coverage) throw new ParallaxError('internal', 'discovery is not running');
      return { loaded: await deps.coverage.comparison(articleId, itemId) };
    },
    'get-subscriptions': async () => ({ hosts: subscriptionHosts(await api.storage.get(SUBSCRIPTIONS_KEY)) }),
    'set-subscriptions': async ({ hosts }) => {
      const clean = subscriptionHosts(hosts);
      await api.storage.set(SUBSCRIPTIONS_KEY, clean);
      return { hosts: clean };
    },
    'history-size': async () => ({ entries: await (await history()).size() }),
    'clear-history': async () => {
      const store = await history();
      await store.clear();
      return { entries: await store.size() };
    },
  };

  return async (request) => {
    try {
      const handler = handlers[request.type] as (r: BackgroundRequest) => Promise<object>;
      return { ok: true, ...(await handler(request)) } as BackgroundReply<BackgroundRequest['type']>;
    } catch (error) {
      const payload = toErrorPayload(error);
      if (payload.code === 'internal') console.error('[parallax]', request.type, error);
      return { ok: false, error: payload };
    }
  };
}
