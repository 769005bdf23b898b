// The reader's own history of extracted articles: a local provider ("you read this elsewhere last
// week") and the source of revisions (earlier extractions of the same URL, for "what changed").
// The logic lives here against a five-method backend so it is testable without IndexedDB (happy-dom has
// none, and fake-indexeddb is not installed); idb-history.ts is the thin IndexedDB backend.

import type { Article } from '../../src/article';
import { normaliseUrl } from '../../src/match';
import { inWindow } from './filter';
import { searchArticles } from './tabs';
import type { DiscoveredCandidate, Provider, StoryQuery } from './types';

export interface Revision {
  article: Article;
  savedAt: number;
}

export interface HistoryRecord {
  /** Canonical URL (normaliseUrl): the key. */
  url: string;
  article: Article;
  firstSavedAt: number;
  /** Last extraction; eviction drops the smallest first. */
  savedAt: number;
  /** Earlier, different extractions of this URL, newest first. */
  revisions: Revision[];
}

export interface HistoryBackend {
  get(url: string): Promise<HistoryRecord | undefined>;
  put(record: HistoryRecord): Promise<void>;
  delete(url: string): Promise<void>;
  /** Keys ordered by savedAt, oldest first. */
  keysOldestFirst(): Promise<string[]>;
  all(): Promise<HistoryRecord[]>;
  clear(): Promise<void>;
}

export interface HistoryOptions {
  maxEntries?: number;
  maxRevisions?: number;
  now?: () => number;
}

export const HISTORY_DEFAULTS = { maxEntries: 500, maxRevisions: 5 };

/**
 * The Article fields only: an extraction (PageArticle) also carries the furniture it removed, its excerpt
 * and word count, which the history never reads back and which can outweigh the article itself.
 */
export function storedArticle(article: Article): Article {
  const { title, outlet, url, publishedTime, lang, byline, paragraphs } = article;
  return {
    title,
    outlet,
    url,
    publishedTime: publishedTime ?? null,
    ...(lang !== undefined ? { lang } : {}),
    ...(byline !== undefined ? { byline } : {}),
    paragraphs: paragraphs ?? [],
  };
}

function sameText(a: Article, b: Article): boolean {
  return a.title === b.title && (a.paragraphs ?? []).join('\n') === (b.paragraphs ?? []).join('\n');
}

export class HistoryStore {
  private readonly maxEntries: number;
  private readonly maxRevisions: number;
  private readonly now: () => number;

  constructor(
    private readonly backend: HistoryBackend,
    options: HistoryOptions = {},
  ) {
    this.maxEntries = Math.max(1, options.maxEntries ?? HISTORY_DEFAULTS.maxEntries);
    this.maxRevisions = Math.max(0, options.maxRevisions ?? HISTORY_DEFAULTS.maxRevisions);
    this.now = options.now ?? Date.now;
  }

  /**
   * Stores an extraction. A changed text keeps the previous one as a revision. `shownUrl` (the article
   * on screen) is never evicted, even when it is the oldest entry.
   */
  async save(extracted: Article, options: { shownUrl?: string } = {}): Promise<HistoryRecord> {
    const article = storedArticle(extracted);
    const url = normaliseUrl(article.url);
    const now = this.now();
    const existing = await this.backend.get(url);
    let record: HistoryRecord;
    if (!existing) {
      record = { url, article, firstSavedAt: now, savedAt: now, revisions: [] };
    } else if (sameText(existing.article, article)) {
      record = { ...existing, article, savedAt: now };
    } else {
      const revisions = [{ article: existing.article, savedAt: existing.savedAt }, ...existing.revisions].slice(0, this.maxRevisions);
      record = { ...existing, article, savedAt: now, revisions };
    }
    await this.backend.put(record);
    await this.evict(new Set([url, ...(options.shownUrl ? [normaliseUrl(options.shownUrl)] : [])]));
    return record;
  }

  private async evict(protectedUrls: Set<string>): Promise<void> {
    const keys = await this.backend.keysOldestFirst();
    let excess = keys.length - this.maxEntries;
    for (const key of keys) {
      if (excess <= 0) break;
      if (protectedUrls.has(key)) continue;
      await this.backend.delete(key);
      excess--;
    }
  }

  async get(url: string): Promise<HistoryRecord | undefined> {
    return this.backend.get(normaliseUrl(url));
  }

  /** Earlier extractions of the same URL, newest first; [] when there are none. */
  async revisions(url: string): Promise<Revision[]> {
    return (await this.get(url))?.revisions ?? [];
  }

  async size(): Promise<number> {
    return (await this.backend.keysOldestFirst()).length;
  }

  async clear(): Promise<void> {
    await this.backend.clear();
  }

  /** Articles in the query's window sharing its entities/keywords; newest extraction of each. */
  async search(query: StoryQuery, readerUrl?: string): Promise<DiscoveredCandidate[]> {
    const records = await this.backend.all();
    const articles = records.map((r) => r.article).filter((a) => inWindow(a.publishedTime, query));
    return searchArticles(articles, query, 'history', readerUrl);
  }
}

export function createHistoryProvider(store: HistoryStore, readerUrl?: string): Provider {
  return {
    id: 'history',
    label: 'Your reading history',
    async search(query: StoryQuery, signal: AbortSignal) {
      const found = await store.search(query, readerUrl);
      if (signal.aborted) throw signal.reason;
      return found;
    },
  };
}

/** For tests and for contexts without IndexedDB: same semantics, nothing persisted. */
export function memoryHistoryBackend(): HistoryBackend {
  const map = new Map<string, HistoryRecord>();
  const clone = <T>(v: T): T => structuredClone(v);
  return {
    async get(url) {
      const r = map.get(url);
      return r ? clone(r) : undefined;
    },
    async put(record) {
      map.set(record.url, clone(record));
    },
    async delete(url) {
      map.delete(url);
    },
    async keysOldestFirst() {
      return [...map.values()].sort((a, b) => a.savedAt - b.savedAt || (a.url < b.url ? -1 : 1)).map((r) => r.url);
    },
    async all() {
      return [...map.values()].map(clone);
    },
    async clear() {
      map.clear();
    },
  };
}
