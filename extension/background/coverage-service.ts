// The background's discovery service: one session per reader's article, kept in memory and mirrored in
// storage.session (TTL below) so the popup can close and reopen without losing work and a stopped
// service worker can pick up where it was: a finished session is answered from storage at once; an
// unfinished one whose run died with the worker is shown as it was and run again.
// Popups talk to it over a port (messages.ts, COVERAGE_PORT); every listener of an article gets every update.
import type { Article, Comparison } from '../../src/index';
import { normaliseUrl } from '../../src/match';
import type { ExtensionApi, PortLike } from '../api';
import type { CoverageComparison, CoverageSession } from '../coverage';
import { createWallMemory } from '../discovery/bot-walls';
import { createProviders } from '../discovery/index';
import { resolveGoogleNewsLink } from '../discovery/google-news-resolve';
import type { HistoryStore } from '../discovery/history-store';
import { realClock, type Clock, type DiscoverySettings, type FetchLike, type ProviderId } from '../discovery/types';
import { ParallaxError, toErrorPayload } from '../errors';
import { isCoverageRequest, PROVIDER_IDS, type CoverageUpdate, type PageArticle, type Settings } from '../messages';
import type { CompareFn } from './engine';
import type { ParseHtml } from './parse-html';
import { createBadge } from './badge';
import { runPipeline } from './pipeline';
import { originPattern } from './restricted';
import { loadCookiePolicy } from './subscriptions';

/** Reopening within this time shows the cached session instantly (the issue asks for 30–60 min). */
export const SESSION_TTL_MS = 45 * 60_000;
export const SESSION_KEY_PREFIX = 'coverage:';
export const DISMISSED_KEY = 'dismissed';
/** "Not the same story" marks kept (oldest dropped): a reader's lifetime of clicks fits easily. */
export const MAX_DISMISSED = 2000;
const MAX_CACHED_SESSIONS = 30;
const INDEX_KEY = 'coverage:index';

const LABELS: Record<ProviderId, string> = {
  bing: 'Bing News',
  'google-news': 'Google News',
  gdelt: 'GDELT',
  guardian: 'The Guardian',
  tabs: 'Your open tabs',
  history: 'Your reading history',
};

export interface CoverageDeps {
  api: ExtensionApi;
  fetch: FetchLike;
  parseHtml: ParseHtml;
  compare: CompareFn;
  loadSettings(): Promise<Settings>;
  /** Null where IndexedDB is unavailable: the history provider and revisions are then off. */
  history(): Promise<HistoryStore | null>;
  /** Articles already extracted from the reader's other tabs (never injects into a tab just for this). */
  openTabs(readerUrl: string): Promise<Article[]>;
  now?: () => number;
  clock?: Clock;
  pageTimeoutMs?: number;
}

interface Stored {
  session: CoverageSession;
  reader: PageArticle;
  /** Texts of the compared items, to rebuild a full comparison after the worker restarted. */
  texts: Record<string, Article>;
}

interface Entry extends Stored {
  run: AbortController | null;
  listeners: Set<PortLike>;
  comparisons: Map<string, Comparison>;
  /** Tabs showing this article, whose toolbar badge follows the session (added by the reader's view). */
  tabs?: Set<number>;
}

export function discoverySettingsOf(s: Settings): DiscoverySettings {
  return {
    bingBaseUrl: s.bingBaseUrl,
    googleNewsBaseUrl: s.googleNewsBaseUrl,
    gdeltBaseUrl: s.gdeltBaseUrl,
    guardianBaseUrl: s.guardianBaseUrl,
    guardianApiKey: s.guardianApiKey || undefined,
    googleNewsTopStories: s.googleNewsTopStories,
  };
}

/** Host patterns the search providers need (the first-use click asks for them). */
export function providerOrigins(s: Settings): string[] {
  const out: string[] = [];
  const add = (on: boolean, base: string) => {
    if (!on) return;
    try {
      out.push(originPattern(base));
    } catch {
      // normaliseSettings only lets http(s) base URLs through.
    }
  };
  add(s.providers.bing, s.bingBaseUrl);
  add(s.providers['google-news'], s.googleNewsBaseUrl);
  add(s.providers.gdelt, s.gdeltBaseUrl);
  add(s.providers.guardian && !!s.guardianApiKey, s.guardianBaseUrl);
  return [...new Set(out)];
}

export function createCoverageService(deps: CoverageDeps) {
  const { api } = deps;
  const now = deps.now ?? (() => Date.now());
  const entries = new Map<string, Entry>();
  const session = api.storage.session;

  const send = (port: PortLike, update: CoverageUpdate) => {
    try {
      port.postMessage(update);
    } catch {
      // The popup closed between two updates; its disconnect handler removes it.
    }
  };
  const badge = createBadge(api);
  const broadcast = (entry: Entry) => {
    entry.listeners.forEach((port) => send(port, { type: 'session', session: entry.session }));
    entry.tabs?.forEach((tabId) => void badge.show(tabId, entry.session));
  };

  const persist = async (entry: Entry) => {
    const key = SESSION_KEY_PREFIX + entry.session.articleId;
    const stored: Stored = { session: entry.session, reader: entry.reader, texts: entry.texts };
    await session.set(key, stored).catch((error: unknown) => console.warn('[parallax] session cache', error));
    const index = ((await session.get(INDEX_KEY).catch(() => null)) as [string, number][] | null) ?? [];
    const next = [[key, now()] as [string, number], ...index.filter(([k]) => k !== key)];
    for (const [old] of next.splice(MAX_CACHED_SESSIONS)) await session.remove(old).catch(() => undefined);
    await session.set(INDEX_KEY, next).catch(() => undefined);
  };

  const fresh = (s: CoverageSession) => now() - (s.updatedAt ?? s.startedAt) < SESSION_TTL_MS;

  const loadDismissed = async (): Promise<Record<string, number>> => {
    const raw = await api.storage.get(DISMISSED_KEY);
    return raw && typeof raw === 'object' ? (raw as Record<string, number>) : {};
  };
  const dismissedFor = async (articleId: string): Promise<Set<string>> => {
    const all = await loadDismissed();
    const prefix = `${articleId} `;
    return new Set(Object.keys(all).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)));
  };

  const start = async (entry: Entry) => {
    entry.run?.abort();
    const controller = new AbortController();
    entry.run = controller;
    const settings = await deps.loadSettings();
    const reader = entry.reader;
    const history = settings.providers.history ? await deps.history().catch(() => null) : null;
    let revision: { article: Article; savedAt: number } | undefined;
    if (history) {
      // Recording first: reading the same URL again later shows what changed since this extraction.
      const record = await history.save(reader, { shownUrl: reader.url }).catch(() => null);
      const previous = record?.revisions[0];
      if (previous) revision = { article: previous.article, savedAt: previous.savedAt };
    }
    const all = createProviders(
      { fetch: deps.fetch, store: session, clock: deps.clock ?? realClock },
      {
        settings: discoverySettingsOf(settings),
        openTabs: settings.providers.tabs ? () => deps.openTabs(reader.url) : undefined,
        history: history ?? undefined,
        readerUrl: reader.url,
        reader,
      },
    );
    const on = all.filter((p) => settings.providers[p.id]);
    const off = PROVIDER_IDS.filter((id) => !on.some((p) => p.id === id) && (id !== 'guardian' || settings.guardianApiKey)).map((id) => ({
      id,
      label: LABELS[id],
    }));
    const base: Partial<Record<ProviderId, string>> = {
      bing: settings.bingBaseUrl,
      'google-news': settings.googleNewsBaseUrl,
      gdelt: settings.gdeltBaseUrl,
      guardian: settings.guardianBaseUrl,
    };
    entry.texts = {};
    entry.comparisons = new Map();
    try {
      await runPipeline(
        reader,
        {
          providers: on,
          off,
          fetch: deps.fetch,
          parseHtml: deps.parseHtml,
          compare: deps.compare,
          hasAccess: (pattern) => api.permissions.contains([pattern]).catch(() => false),
          providerOrigin: (id) => (base[id] ? originPattern(base[id]) : null),
          resolve: (url, signal) => resolveGoogleNewsLink(url, deps.fetch, { signal, baseUrl: settings.googleNewsBaseUrl, clock: deps.clock }),
          now,
          pageTimeoutMs: deps.pageTimeoutMs,
          cookiesFor: await loadCookiePolicy(api),
          walls: createWallMemory(session, { now }),
        },
        {
          articleId: entry.session.articleId,
          dismissed: await dismissedFor(entry.session.articleId),
          revision,
          signal: controller.signal,
          emit: (next) => {
            if (entry.run !== controller) return;
            entry.session = next;
            broadcast(entry);
            void persist(entry);
          },
          onArticle: (id, article) => {
            entry.texts[id] = article;
          },
          onComparison: (id, comparison) => entry.comparisons.set(id, comparison),
        },
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      console.error('[parallax] discovery', error);
      entry.session = { ...entry.session, done: true, error: toErrorPayload(error), updatedAt: now() };
      broadcast(entry);
      await persist(entry);
    } finally {
      if (entry.run === controller) entry.run = null;
    }
  };

  const entryFor = async (reader: PageArticle, restart: boolean): Promise<{ entry: Entry; run: boolean }> => {
    const articleId = normaliseUrl(reader.url);
    const known = entries.get(articleId);
    if (known && !restart && (known.run || fresh(known.session))) return { entry: known, run: false };
    const stored = restart ? null : ((await session.get(SESSION_KEY_PREFIX + articleId).catch(() => null)) as Stored | null);
    const blank: CoverageSession = {
      articleId,
      query: { entities: [], keywords: [], lang: '', from: '', to: '', excludeOutlet: '' },
      providers: [],
      items: [],
      done: false,
      startedAt: now(),
      updatedAt: now(),
    };
    const base: Stored = stored?.session && fresh(stored.session) ? stored : { session: blank, reader, texts: {} };
    const entry: Entry = { ...base, reader, run: null, listeners: known?.listeners ?? new Set(), comparisons: new Map() };
    known?.run?.abort();
    entries.set(articleId, entry);
    // A finished cached session is the answer; an unfinished one lost its run with the old worker.
    return { entry, run: !(stored?.session && fresh(stored.session) && stored.session.done) };
  };

  const dismiss = async (entry: Entry, itemId: string, dismissed: boolean) => {
    const all = await loadDismissed();
    const key = `${entry.session.articleId} ${itemId}`;
    if (dismissed) all[key] = now();
    else delete all[key];
    const kept = Object.entries(all)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_DISMISSED);
    await api.storage.set(DISMISSED_KEY, Object.fromEntries(kept));
    const item = entry.session.items.find((i) => i.id === itemId);
    if (item) {
      if (dismissed) item.dismissed = true;
      else delete item.dismissed;
      entry.session.updatedAt = now();
      broadcast(entry);
      await persist(entry);
    }
  };

  return {
    /** Wires one popup's port: `discover` first, then `dismiss` / `allow-sites`. */
    connect(port: PortLike) {
      let current: Entry | null = null;
      port.onDisconnect(() => current?.listeners.delete(port));
      port.onMessage((message) => {
        if (!isCoverageRequest(message)) return;
        void (async () => {
          try {
            if (message.type === 'discover') {
              const { entry, run } = await entryFor(message.article, !!message.restart);
              current?.listeners.delete(port);
              current = entry;
              entry.listeners.add(port);
              if (typeof message.tabId === 'number') {
                entry.tabs = new Set([...(entry.tabs ?? []), message.tabId]);
                void badge.show(message.tabId, entry.session);
              }
              if (entry.session.providers.length > 0) send(port, { type: 'session', session: entry.session });
              if (run) await start(entry);
            } else if (!current) {
              throw new ParallaxError('internal', 'no search is running for this popup');
            } else if (message.type === 'dismiss') {
              await dismiss(current, message.itemId, message.dismissed);
            } else {
              await start(current);
            }
          } catch (error) {
            send(port, { type: 'error', error: toErrorPayload(error) });
          }
        })();
      });
    },

    /** The full comparison behind one card; rebuilt from the stored texts after a worker restart. */
    async comparison(articleId: string, itemId: string): Promise<CoverageComparison> {
      let entry = entries.get(articleId);
      if (!entry) {
        const stored = (await session.get(SESSION_KEY_PREFIX + articleId).catch(() => null)) as Stored | null;
        if (!stored?.session) throw new ParallaxError('internal', 'that search has expired; open the popup again');
        entry = { ...stored, run: null, listeners: new Set(), comparisons: new Map() };
        entries.set(articleId, entry);
      }
      const other = entry.texts[itemId];
      if (!other) throw new ParallaxError('internal', 'that version was not compared');
      let comparison = entry.comparisons.get(itemId);
      if (!comparison) {
        comparison = deps.compare(entry.reader, other, { deadlineMs: 2000 });
        entry.comparisons.set(itemId, comparison);
      }
      return { itemId, comparison, paragraphs: other.paragraphs };
    },
  };
}

export type CoverageService = ReturnType<typeof createCoverageService>;
