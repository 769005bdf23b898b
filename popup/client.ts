// The popup's one connector to the extension. Components receive a `ParallaxClient` and never see the
// browser: the real one below speaks extension/messages through extension/api; popup/mock-client.ts is
// its twin for component tests and previews.
import { createBrowserApi, type ExtensionApi } from '../extension/api';
import { isHighlightStatus, type HighlightPlan, type HighlightReply, type HighlightStatus, type HighlightStatusRequest } from '../extension/content/highlight-plan';
import type { CoverageComparison, CoverageSession } from '../extension/coverage';
import { extractFromTab } from '../extension/background/extract-tab';
import { toErrorPayload, type ErrorPayload } from '../extension/errors';
import {
  COVERAGE_PORT,
  isCoverageUpdate,
  type BackgroundReplies,
  type BackgroundRequest,
  type CompareResult,
  type CompareTarget,
  type CoverageRequest,
  type PageArticle,
  type Settings,
  type TabChoice,
} from '../extension/messages';
import { loadSettings } from '../extension/settings-store';
import { setMessageGetter } from './i18n';

// The plan builder is pure (no browser): re-exported so components build plans without reaching into
// extension/ themselves.
export { buildHighlightPlan, type HighlightPlan, type HighlightReply, type HighlightStatus } from '../extension/content/highlight-plan';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

export interface ParallaxClient {
  /** The tab the popup is about: `?tabId=` (tests, the comparison page) or the active tab. */
  targetTabId(): Promise<number | null>;
  extract(tabId: number): Promise<Outcome<PageArticle>>;
  listTabs(excludeTabId: number): Promise<Outcome<TabChoice[]>>;
  compare(article: PageArticle, target: CompareTarget): Promise<Outcome<CompareResult>>;
  /** Asks for host access. Call it first thing in a click handler: browsers only prompt inside a gesture. */
  requestAccess(origins: string[]): Promise<boolean>;
  getSettings(): Promise<Outcome<Settings>>;
  setSettings(settings: Partial<Settings>): Promise<Outcome<Settings>>;
  openOptions(): void;
  /**
   * Starts (or rejoins) discovery for this article in the background and streams its session. The
   * background keeps working when the popup closes; a dropped port (a stopped service worker) is
   * reopened and the same article asked for again, which the background answers from storage.session.
   */
  discover(article: PageArticle, on: (update: { session: CoverageSession } | { error: ErrorPayload }) => void, options?: { restart?: boolean; tabId?: number }): DiscoveryHandle;
  /** Paints the plan's highlights in the tab (through its content script); null switches them off. */
  highlight(tabId: number, plan: HighlightPlan | null): Promise<Outcome<HighlightReply>>;
  /**
   * What the tab's content script has painted, under the key the plan gave. Ask only once the article is
   * on screen: the first open waits for nothing but the article.
   */
  highlightStatus(tabId: number): Promise<Outcome<HighlightStatus>>;
  loadComparison(articleId: string, itemId: string): Promise<Outcome<CoverageComparison>>;
  historySize(): Promise<Outcome<number>>;
  clearHistory(): Promise<Outcome<number>>;
  /** Sites fetched with the reader's own cookies ("use my subscription"); every other fetch sends none. */
  getSubscriptions(): Promise<Outcome<string[]>>;
  setSubscriptions(hosts: string[]): Promise<Outcome<string[]>>;
}

export interface DiscoveryHandle {
  dismiss(itemId: string, dismissed: boolean): void;
  /** After permissions.request granted the session's `needsAccess`: search and fetch again. */
  allowSites(): void;
  close(): void;
}

/** Reconnects after a dropped port, at most this many times per popup (a worker restart is rare). */
const MAX_RECONNECTS = 5;

/** Every website, for "compare with any open tab": requested once, on the reader's click. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

export function sitePattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

export function createClient(api: ExtensionApi, search: string): ParallaxClient {
  async function ask<K extends BackgroundRequest['type']>(request: Extract<BackgroundRequest, { type: K }>): Promise<Outcome<BackgroundReplies[K]>> {
    try {
      const reply = (await api.runtime.sendMessage(request)) as ({ ok: true } & BackgroundReplies[K]) | { ok: false; error: ErrorPayload } | undefined;
      if (!reply || typeof reply !== 'object') return { ok: false, error: { code: 'internal', detail: 'the background did not answer' } };
      if (!reply.ok) return { ok: false, error: reply.error };
      return { ok: true, value: reply };
    } catch (error) {
      return { ok: false, error: { code: 'internal', detail: error instanceof Error ? error.message : String(error) } };
    }
  }
  const map = async <K extends BackgroundRequest['type'], T>(
    request: Extract<BackgroundRequest, { type: K }>,
    pick: (reply: BackgroundReplies[K]) => T,
  ): Promise<Outcome<T>> => {
    const outcome = await ask(request);
    return outcome.ok ? { ok: true, value: pick(outcome.value) } : outcome;
  };

  return {
    async targetTabId() {
      const fromQuery = Number(new URLSearchParams(search).get('tabId'));
      if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
      return (await api.tabs.active().catch(() => null))?.id ?? null;
    },
    // Straight from the tab's content script, not through the background. Measured (docs/benchmarks.md,
    // "Reader's view") the two paths tie, worker asleep or awake: a sleeping worker slows both alike, the
    // popup's own page starting later and the worker's start-up running beside it. This one never queues
    // behind the worker's own work (a search still comparing for another tab) nor wakes it for the article.
    // The toolbar click's activeTab grant covers the popup as it covers the background.
    async extract(tabId) {
      try {
        return { ok: true, value: await extractFromTab(api, tabId) };
      } catch (error) {
        return { ok: false, error: toErrorPayload(error) };
      }
    },
    listTabs: (excludeTabId) => map({ type: 'list-tabs', excludeTabId }, (r) => r.tabs),
    compare: (article, target) => map({ type: 'compare', article, target }, (r) => r),
    async requestAccess(origins) {
      try {
        return await api.permissions.request(origins);
      } catch {
        return false;
      }
    },
    // Read here, not asked of the background: opening the popup must not wake a sleeping worker before
    // the article is on screen (extension/settings-store.ts).
    async getSettings() {
      try {
        return { ok: true, value: await loadSettings(api.storage) };
      } catch (error) {
        return { ok: false, error: toErrorPayload(error) };
      }
    },
    setSettings: (settings) => map({ type: 'set-settings', settings }, (r) => r.settings),
    openOptions() {
      void api.runtime.openOptionsPage();
    },
    discover(article, on, options = {}) {
      let closed = false;
      let reconnects = 0;
      let port: ReturnType<ExtensionApi['runtime']['connect']>;
      const post = (message: CoverageRequest) => {
        try {
          port.postMessage(message);
        } catch {
          // Disconnected: the reconnect below sends `discover` again.
        }
      };
      const open = (restart: boolean) => {
        port = api.runtime.connect(COVERAGE_PORT);
        port.onMessage((message) => {
          if (closed || !isCoverageUpdate(message)) return;
          on(message.type === 'session' ? { session: message.session } : { error: message.error });
        });
        port.onDisconnect(() => {
          if (closed) return;
          if (reconnects++ >= MAX_RECONNECTS) {
            on({ error: { code: 'internal', detail: 'the background stopped answering' } });
            return;
          }
          setTimeout(() => !closed && open(false), 50);
        });
        post({ type: 'discover', article, restart, ...(options.tabId === undefined ? {} : { tabId: options.tabId }) });
      };
      open(!!options.restart);
      return {
        dismiss: (itemId, dismissed) => post({ type: 'dismiss', itemId, dismissed }),
        allowSites: () => post({ type: 'allow-sites' }),
        close() {
          closed = true;
          try {
            port.disconnect();
          } catch {
            // Already gone.
          }
        },
      };
    },
    async highlight(tabId, plan) {
      try {
        const reply = (await api.tabs.sendMessage(tabId, { type: 'parallax-highlight', plan })) as HighlightReply | undefined;
        if (!reply || reply.ok !== true) return { ok: false, error: { code: 'internal', detail: 'the page did not answer' } };
        return { ok: true, value: reply };
      } catch (error) {
        // The page was reloaded since it was read: its content script is gone.
        return { ok: false, error: { code: 'internal', detail: error instanceof Error ? error.message : String(error) } };
      }
    },
    async highlightStatus(tabId) {
      try {
        const request: HighlightStatusRequest = { type: 'parallax-highlight-status' };
        const reply: unknown = await api.tabs.sendMessage(tabId, request);
        if (!isHighlightStatus(reply)) return { ok: false, error: { code: 'internal', detail: 'the page did not answer' } };
        return { ok: true, value: reply };
      } catch (error) {
        return { ok: false, error: { code: 'internal', detail: error instanceof Error ? error.message : String(error) } };
      }
    },
    loadComparison: (articleId, itemId) => map({ type: 'coverage-comparison', articleId, itemId }, (r) => r.loaded),
    historySize: () => map({ type: 'history-size' }, (r) => r.entries),
    clearHistory: () => map({ type: 'clear-history' }, (r) => r.entries),
    getSubscriptions: () => map({ type: 'get-subscriptions' }, (r) => r.hosts),
    setSubscriptions: (hosts) => map({ type: 'set-subscriptions', hosts }, (r) => r.hosts),
  };
}

/** The browser's catalogue for t(): the reader's language where _locales/ has it, English otherwise. */
export function installBrowserMessages(api: Pick<ExtensionApi, 'i18n'> = createBrowserApi()): void {
  const i18n = api.i18n;
  if (!i18n) return;
  setMessageGetter((key, subs) => {
    try {
      return i18n.getMessage(key, subs);
    } catch {
      return '';
    }
  });
}

export function createBrowserClient(): ParallaxClient {
  const api = createBrowserApi();
  installBrowserMessages(api);
  return createClient(api, location.search);
}
