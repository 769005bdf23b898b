// The contracts every discovery adapter shares. Nothing here touches `chrome`/`browser`: the background
// injects fetch, storage, the clock and the settings, so tests drive the adapters with fakes and a local
// server, and time never really passes in a unit test.

import type { Article } from '../../src/article';
import type { Candidate, StoryQuery } from '../../src/match';

export type { Candidate, StoryQuery };

export type ProviderId = 'bing' | 'google-news' | 'gdelt' | 'guardian' | 'tabs' | 'history';

/** A search result, plus what a provider knows beyond the matcher's Candidate. */
export interface DiscoveredCandidate extends Candidate {
  /** Google News links are opaque: resolve with resolveGoogleNewsLink before fetching. */
  needsResolve?: boolean;
  /** The outlet's home page when the provider names it (Google's `<source url>`). */
  outletUrl?: string;
  /** An AMP copy (GDELT `url_mobile`), often easier to extract when the canonical page fails. */
  mobileUrl?: string;
  /** Full text already in hand (Guardian API, open tabs, history): no page fetch needed. */
  article?: Article;
}

export interface SearchOptions {
  /** The second, broad query of a run (discovery.md §8 Q2): once-per-run extras are not fetched again. */
  broad?: boolean;
}

export interface Provider {
  id: ProviderId;
  label: string;
  search(query: StoryQuery, signal: AbortSignal, options?: SearchOptions): Promise<DiscoveredCandidate[]>;
}

/** The subset of `fetch` the adapters use; the background passes the real one. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Shared across extension contexts (the background backs it with storage.session). */
export interface SharedStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface DiscoveryDeps {
  fetch: FetchLike;
  store: SharedStore;
  clock: Clock;
}

/** Where each provider lives: real hosts by default, 127.0.0.1 in tests. */
export interface DiscoverySettings {
  bingBaseUrl: string;
  googleNewsBaseUrl: string;
  gdeltBaseUrl: string;
  guardianBaseUrl: string;
  /** Absent: the Guardian provider is off. Stored by the reader in storage.local. */
  guardianApiKey?: string;
  /** Bing infers the market from the IP unless pinned; null picks it from the query language. */
  bingMarket?: string | null;
  /** Country for Google's hl/gl/ceid; null picks it from the query language. */
  country?: string | null;
  /** The Google News top-stories extra (one fetch per run, no query sent); on unless false. */
  googleNewsTopStories?: boolean;
}

export const DEFAULT_SETTINGS: DiscoverySettings = {
  bingBaseUrl: 'https://www.bing.com',
  googleNewsBaseUrl: 'https://news.google.com',
  gdeltBaseUrl: 'https://api.gdeltproject.org',
  guardianBaseUrl: 'https://content.guardianapis.com',
};

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, Math.max(0, ms));
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
