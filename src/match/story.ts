// Same story, related, or different: the decision of discovery.md §7 step 7, without embeddings.
// Ten pair signals feed a logistic model (model.ts); a hard time window stays outside the model because
// a follow-up days later can share every word and entity with the first report.

import type { Article } from '../article';
import { featuresOf, type ArticleFeatures } from './features';
import { MATCH_MODEL, probability, type LinearModel, type Signals } from './model';
import { entityOverlap } from './overlap';
import { quoteOverlap } from './quotes';
import { jaccard, numberAgreement } from './signals';
import { buildIdf, dot, tfidfVector, type TermCounts } from './tfidf';
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
  /** Probability of the same story under MATCH_MODEL, 0–1. */
  score: number;
  verdict: Verdict;
  evidence: MatchEvidence;
}

export const MATCH_RULES = {
  /** Never the same story beyond this gap, whatever the text says: a follow-up is `related`. */
  maxGapHours: 96,
  /** Related also when this much entity overlap is shared (same people, another event). */
  relatedEntities: 0.1,
  /**
   * Never the same story when the bodies share less than this (TF-IDF cosine), whatever the people say: two
   * stories of one week about the same president share their person and little else, and the linear model
   * alone let person overlap carry them. Under every BASIL same-story pair; its effect on AllSides is a row of
   * `npm run bench:match` (docs/benchmarks.md, "Story matching").
   */
  minCosine: 0.15,
};

export interface MatchContext {
  others?: Article[];
}

/** The model's inputs for one pair, and the evidence shown to the reader. Exported for bench/match.ts --fit. */
export function matchSignals(reader: Article, candidate: Article, context?: MatchContext): { signals: Signals; evidence: MatchEvidence } {
  const fa = featuresOf(reader);
  const fb = featuresOf(candidate);
  const batch = [...new Set<Article>([reader, candidate, ...(context?.others ?? [])])].map(featuresOf);
  const cos = (pick: (f: ArticleFeatures) => TermCounts) => {
    const idf = buildIdf(batch.map(pick));
    return dot(tfidfVector(pick(fa), idf), tfidfVector(pick(fb), idf));
  };
  const exclude = new Set([fa.outlet, fb.outlet].filter(Boolean));
  const eIdf = entityIdf(batch);
  const ent = entityOverlap(fa.entities, fb.entities, exclude, eIdf);
  const people = entityOverlap(fa.people, fb.people, exclude, eIdf);
  const quotes = quoteOverlap(fa.quotes, fb.quotes);
  const gap = hoursBetween(reader.publishedTime, candidate.publishedTime);
  const evidence: MatchEvidence = {
    cosine: cos((f) => f.terms),
    entityOverlap: ent.overlap,
    sharedEntities: ent.shared,
    quoteOverlap: quotes.overlap,
    sharedQuotes: quotes.shared,
    timeGapHours: gap,
  };
  const signals: Signals = {
    cosine: evidence.cosine,
    leadCosine: cos((f) => f.leadTerms),
    bigramCosine: cos((f) => f.bigrams),
    entityOverlap: ent.overlap,
    personOverlap: people.overlap,
    quoteOverlap: quotes.overlap,
    time: timeProximity(gap),
    inWindow: gap === null || gap <= MATCH_RULES.maxGapHours ? 1 : 0,
    numberOverlap: jaccard(fa.numbers, fb.numbers),
    leadNumberAgreement: numberAgreement(fa.leadNumbers, fb.leadNumbers),
  };
  return { signals, evidence };
}

export function matchStory(reader: Article, candidate: Article, context?: MatchContext): MatchResult {
  const { signals, evidence } = matchSignals(reader, candidate, context);
  const score = probability(signals);
  return { score, verdict: decide(score, evidence), evidence };
}

/**
 * Entities every article of the batch names (the topic: "76ers", "Maurice Cheeks") say little about
 * which event this is; those only some name do. Same smoothed form as the term IDF.
 */
function entityIdf(batch: ArticleFeatures[]): (key: string) => number {
  const df = new Map<string, number>();
  for (const f of batch) for (const k of f.entities.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = batch.length;
  return (key) => Math.log((n + 1) / ((df.get(key) ?? 0) + 1)) + 1;
}

/** Outside the hard rules (time window, body floor) a pair is never the same story, whatever its score. */
export function mayBeSameStory(e: Pick<MatchEvidence, 'cosine' | 'timeGapHours'>, rules = MATCH_RULES): boolean {
  const inWindow = e.timeGapHours === null || e.timeGapHours <= rules.maxGapHours;
  return inWindow && e.cosine >= rules.minCosine;
}

export function decide(score: number, e: MatchEvidence, model: LinearModel = MATCH_MODEL, rules = MATCH_RULES): Verdict {
  if (mayBeSameStory(e, rules) && score >= model.same) return 'same-story';
  if (score >= model.related || e.entityOverlap >= rules.relatedEntities) return 'related';
  return 'different';
}
