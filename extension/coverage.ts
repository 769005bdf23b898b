// The coverage contract: what the background's discovery pipeline streams to the popup and what the
// reader's view renders. Plain JSON only (it crosses contexts and sits in storage.session).
import type { Comparison, Variant } from '../src/comparison';
import type { MatchEvidence, StoryQuery, Verdict } from '../src/match';
import type { FetchFailureReason as PageFailure } from './discovery/classify';
import type { ProviderId } from './discovery/types';
import type { ErrorPayload } from './errors';

// One declaration of the provider ids: the adapters' (discovery/types.ts).
export type { ProviderId };

export type ProviderState = 'waiting' | 'searching' | 'done' | 'failed' | 'off';

export interface ProviderProgress {
  id: ProviderId;
  label: string;
  state: ProviderState;
  /** Candidates this provider returned (before merging). */
  found: number;
  /** One plain sentence when it failed ("GDELT did not answer within 20 s."), in English. */
  message?: string;
  /** The same sentence as a message-catalogue key and its substitutions after the provider's name, so the
   * popup words it in the reader's language (added by the reader's view; absent for unexpected failures). */
  says?: { key: string; subs: string[] };
}

/**
 * Why a candidate could not be read; each has one plain sentence in the UI. The page fetcher's reasons
 * (discovery/classify.ts: paywall, consent-wall, bot-wall, script-only, dead-link, timeout, not-html,
 * too-large, redirect-loop, unreachable, http-error, bad-url) plus what only the pipeline can tell.
 * `network` is kept for older cached sessions; the fetcher now says `unreachable`. `link-hidden`: Google
 * News would not turn its opaque link into the outlet's address.
 */
export type FetchFailureReason = PageFailure | 'not-an-article' | 'permission-denied' | 'network' | 'link-hidden';

/** The numbers a coverage card shows without the full comparison. */
export interface ComparisonCounts {
  similarity: number;
  sharedText: { a: number; b: number };
  /** House-style variants (deduplicated pairs) and their occurrences. */
  variants: number;
  quoteChanges: number;
  /** Sentences only this outlet has (onlyInB) and only the reader's article has (onlyInA). */
  onlyHere: number;
  onlyInReader: number;
  meaningful: number;
  partial: boolean;
  /** Added by the reader's view: the most frequent house-style pairs, for the card's chips (≤ 4). */
  topVariants?: Variant[];
}

export interface CoverageItem {
  /** Stable id: the normalised URL. */
  id: string;
  url: string;
  outlet: string;
  title: string;
  publishedTime: string | null;
  providers: ProviderId[];
  preScore: number;
  state: 'pending' | 'fetching' | 'compared' | 'failed';
  failure?: { reason: FetchFailureReason; message: string };
  match?: { score: number; verdict: Verdict; evidence: MatchEvidence };
  counts?: ComparisonCounts;
  /**
   * Wire copies: items whose text is a near-duplicate of this one ("AP story, also run by 4 outlets").
   * Added by the pipeline: `edits` = the copy's meaningful differences from this text (0: verbatim),
   * `editSamples` = up to three of them, "a → b" ('' on a side for an insertion/cut).
   */
  wireCopies?: { id: string; outlet: string; url: string; edits?: number; editSamples?: { a: string; b: string }[] }[];
  /** Added by the pipeline: on a copy, the id of the item it is folded into (compared once, there). */
  wireOf?: string;
  /**
   * Added by the reader's view: who wrote the wire story this card and its copies carry, when the texts
   * say so (a dateline "GENEVA (Atlas Wire) —" or a byline the copies share); absent when unknown.
   */
  wireSource?: string;
  /** The reader marked it "not the same story" (remembered per pair). */
  dismissed?: boolean;
  /** Added by the pipeline: an earlier extraction of the reader's own URL ("what changed since"). */
  revision?: { savedAt: number };
}

export interface CoverageSession {
  /** Normalised URL of the reader's article: the cache key. */
  articleId: string;
  query: StoryQuery;
  providers: ProviderProgress[];
  items: CoverageItem[];
  done: boolean;
  startedAt: number;
  error?: ErrorPayload;
  /**
   * Added by the pipeline: host patterns the top candidates need and the browser has not granted. The
   * popup asks for them on a click (a gesture is required), then sends `allow-sites`.
   */
  needsAccess?: string[];
  /** Added by discovery: the broad query (Q2, the top two names alone), when the precise one found too few. */
  broadQuery?: StoryQuery;
  /** Added by the pipeline: when this session was last changed (ms); cached sessions expire after a TTL. */
  updatedAt?: number;
}

/** The full comparison behind one card, fetched on demand when the reader expands it. */
export interface CoverageComparison {
  itemId: string;
  comparison: Comparison;
  /** The other outlet's paragraphs, which the comparison's B offsets refer to. */
  paragraphs: string[];
}
