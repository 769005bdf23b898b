// Same story, related, or different: the decision of discovery.md §7 step 7, without embeddings.

import type { Article } from '../article';
import { featuresOf } from './features';
import { entityOverlap } from './overlap';
import { quoteOverlap } from './quotes';
import { buildIdf, dot, tfidfVector } from './tfidf';
import { hoursBetween, timeProximity } from './time';

export type Verdict = 'same-story' | 'related' | 'different';

export interface MatchEvidence {
  /** Body TF-IDF cosine. */
  cosine: number;
  /** 0–1. */
  entityOverlap: number;
  /** Display forms, most salient first. */
  sharedEntities: string[];
  /** 0–1. */
  quoteOverlap: number;
  sharedQuotes: string[];
  timeGapHours: number | null;
}

export interface MatchResult {
  score: number;
  verdict: Verdict;
  evidence: MatchEvidence;
}

/**
 * Weights and thresholds, chosen on the BASIL and ECB+ dev sets by bench/match.ts (see
 * docs/benchmarks.md, "Story matching"). Exported so the benchmark can sweep them.
 */
export const MATCH_RULES = {
  weights: { cosine: 0.5, entities: 0.3, quotes: 0.1, time: 0.1 },
  /** Same story needs the combined score and both text signals, and a time gap within the window. */
  sameScore: 0.19,
  sameCosine: 0.1,
  sameEntities: 0,
  maxGapHours: 96,
  /** Related: a follow-up or background piece; shares entities or wording but fails a same-story test. */
  relatedScore: 0.12,
  relatedEntities: 0.1,
};

export interface MatchContext {
  others?: Article[];
}

export function matchStory(reader: Article, candidate: Article, context?: MatchContext): MatchResult {
  const fa = featuresOf(reader);
  const fb = featuresOf(candidate);
  const batch = new Set<Article>([reader, candidate, ...(context?.others ?? [])]);
  const idf = buildIdf([...batch].map((a) => featuresOf(a).terms));
  const cosine = dot(tfidfVector(fa.terms, idf), tfidfVector(fb.terms, idf));
  const exclude = new Set([fa.outlet, fb.outlet].filter(Boolean));
  const ent = entityOverlap(fa.entities, fb.entities, exclude, entityIdf([...batch]));
  const quotes = quoteOverlap(fa.quotes, fb.quotes);
  const gap = hoursBetween(reader.publishedTime, candidate.publishedTime);
  const evidence: MatchEvidence = {
    cosine,
    entityOverlap: ent.overlap,
    sharedEntities: ent.shared,
    quoteOverlap: quotes.overlap,
    sharedQuotes: quotes.shared,
    timeGapHours: gap,
  };
  const score = combine(evidence);
  return { score, verdict: decide(score, evidence), evidence };
}

/**
 * Entities every article of the batch names (the topic: "76ers", "Maurice Cheeks") say little about
 * which event this is; those only some name do. Same smoothed form as the term IDF.
 */
function entityIdf(batch: Article[]): (key: string) => number {
  const df = new Map<string, number>();
  for (const a of batch) for (const k of featuresOf(a).entities.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = batch.length;
  return (key) => Math.log((n + 1) / ((df.get(key) ?? 0) + 1)) + 1;
}

export function combine(e: MatchEvidence, rules = MATCH_RULES): number {
  const w = rules.weights;
  return w.cosine * e.cosine + w.entities * e.entityOverlap + w.quotes * e.quoteOverlap + w.time * timeProximity(e.timeGapHours);
}

export function decide(score: number, e: MatchEvidence, rules = MATCH_RULES): Verdict {
  const inWindow = e.timeGapHours === null || e.timeGapHours <= rules.maxGapHours;
  if (inWindow && score >= rules.sameScore && e.cosine >= rules.sameCosine && e.entityOverlap >= rules.sameEntities)
    return 'same-story';
  if (score >= rules.relatedScore || e.entityOverlap >= rules.relatedEntities) return 'related';
  return 'different';
}
