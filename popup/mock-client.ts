// The mock twin of popup/client.ts: feeds component tests and previews with canned outcomes and records
// every call, so a test can assert what the popup asked for (and in which order).
import type { CoverageComparison, CoverageSession } from './components/coverage-types';
import type { ErrorPayload } from '../extension/errors';
import { DEFAULT_SETTINGS, type CompareResult, type CompareTarget, type PageArticle, type Settings, type TabChoice } from '../extension/messages';
import type { HighlightStatus, Outcome, ParallaxClient } from './client';

export interface MockScript {
  tabId?: number | null;
  article?: PageArticle | ErrorPayload;
  tabs?: TabChoice[];
  compare?: (article: PageArticle, target: CompareTarget) => CompareResult | ErrorPayload;
  /** Answer of the permission prompt. */
  grant?: boolean;
  settings?: Settings;
  /** Delay every answer by this many ms (to see the in-between states). */
  delayMs?: number;
  /** What discovery streams, in order (each after delayMs); an ErrorPayload ends the stream. */
  sessions?: (CoverageSession | ErrorPayload)[];
  comparisons?: Record<string, CoverageComparison>;
  historyEntries?: number;
  subscriptions?: string[];
  /** The content script's answer to a highlight request (default: painted every mark). */
  highlight?: ErrorPayload | { mode: 'highlight-api' | 'marks'; missed: number };
  /**
   * What the page already shows when the popup opens (painted by an earlier popup); later highlight
   * requests change it, as the content script's memory does. An ErrorPayload: the page does not answer.
   */
  painted?: ErrorPayload | { key: string; of?: string; missed?: number; marks?: number };
}

function pageStatus(painted: MockScript['painted']): HighlightStatus | ErrorPayload {
  if (!painted) return { ok: true, key: null, of: null, mode: 'off', painted: 0, missed: 0 };
  if ('code' in painted) return painted;
  return { ok: true, key: painted.key, of: painted.of ?? null, mode: 'highlight-api', painted: painted.marks ?? 3, missed: painted.missed ?? 0 };
}

export type MockCall = { method: keyof ParallaxClient; args: unknown[] };

const isError = (v: object): v is ErrorPayload => 'code' in v && !('paragraphs' in v) && !('comparison' in v) && !('articleId' in v);

export function createMockClient(script: MockScript = {}): ParallaxClient & { calls: MockCall[]; stored: Settings } {
  const calls: MockCall[] = [];
  const state = { stored: script.settings ?? { ...DEFAULT_SETTINGS }, history: script.historyEntries ?? 0, subscriptions: script.subscriptions ?? [], page: pageStatus(script.painted) };
  const wait = () => new Promise((done) => setTimeout(done, script.delayMs ?? 0));
  const outcome = async <T extends object>(value: T | ErrorPayload): Promise<Outcome<T>> => {
    await wait();
    return isError(value) ? { ok: false, error: value } : { ok: true, value: value as T };
  };
  const record = (method: keyof ParallaxClient, ...args: unknown[]) => calls.push({ method, args });
  return {
    calls,
    get stored() {
      return state.stored;
    },
    async targetTabId() {
      record('targetTabId');
      return script.tabId === undefined ? 1 : script.tabId;
    },
    async extract(tabId) {
      record('extract', tabId);
      return outcome(script.article ?? { code: 'not-an-article' });
    },
    async listTabs(excludeTabId) {
      record('listTabs', excludeTabId);
      await wait();
      return { ok: true, value: script.tabs ?? [] };
    },
    async compare(article, target) {
      record('compare', article, target);
      return outcome(script.compare ? script.compare(article, target) : { code: 'internal', detail: 'no comparison scripted' });
    },
    async requestAccess(origins) {
      record('requestAccess', origins);
      return script.grant ?? true;
    },
    async getSettings() {
      record('getSettings');
      await wait();
      return { ok: true, value: state.stored };
    },
    async setSettings(settings) {
      record('setSettings', settings);
      await wait();
      state.stored = { ...state.stored, ...settings };
      return { ok: true, value: state.stored };
    },
    openOptions() {
      record('openOptions');
    },
    discover(article, on, options) {
      record('discover', article, options);
      let closed = false;
      void (async () => {
        for (const next of script.sessions ?? []) {
          await wait();
          if (closed) return;
          on(isError(next) ? { error: next } : { session: structuredClone(next) });
        }
      })();
      return {
        dismiss: (itemId, dismissed) => void record('discover', 'dismiss', itemId, dismissed),
        allowSites: () => void record('discover', 'allow-sites'),
        close: () => {
          closed = true;
        },
      };
    },
    async highlight(tabId, plan) {
      record('highlight', tabId, plan);
      await wait();
      const h = script.highlight ?? { mode: 'highlight-api' as const, missed: 0 };
      if ('code' in h) return { ok: false, error: h };
      const reply = plan ? { ok: true as const, mode: h.mode, painted: plan.marks.length - h.missed, missed: h.missed } : { ok: true as const, mode: 'off' as const, painted: 0, missed: 0 };
      if (!('code' in state.page)) state.page = { ...reply, key: plan?.key ?? null, of: plan?.of ?? null };
      return { ok: true, value: reply };
    },
    async highlightStatus(tabId) {
      record('highlightStatus', tabId);
      await wait();
      return 'code' in state.page ? { ok: false, error: state.page } : { ok: true, value: { ...state.page } };
    },
    async loadComparison(articleId, itemId) {
      record('loadComparison', articleId, itemId);
      const found = script.comparisons?.[itemId];
      return outcome<CoverageComparison>(found ?? { code: 'internal', detail: 'no comparison scripted' });
    },
    async historySize() {
      record('historySize');
      await wait();
      return { ok: true, value: state.history };
    },
    async clearHistory() {
      record('clearHistory');
      await wait();
      state.history = 0;
      return { ok: true, value: 0 };
    },
    async getSubscriptions() {
      record('getSubscriptions');
      await wait();
      return { ok: true, value: [...state.subscriptions] };
    },
    async setSubscriptions(hosts) {
      record('setSubscriptions', hosts);
      await wait();
      // The background's normaliser, in short: trimmed, lower case, no "www.", no duplicates.
      state.subscriptions = [...new Set(hosts.map((h) => h.trim().toLowerCase().replace(/^www\./, '')).filter(Boolean))];
      return { ok: true, value: [...state.subscriptions] };
    },
  };
}
