// Pair construction, metrics and the threshold sweep for bench/match.ts.

import type { Article } from '../../src/article';
import { matchStory, type MatchResult } from '../../src/match/story';
import type { Labelled } from './match-corpora';

export interface ScoredPair {
  corpus: string;
  positive: boolean;
  result: MatchResult;
}

/**
 * Every within-group pair, scored with the group as IDF context (`others`), the way the pipeline scores
 * a click's candidates against each other. `contextSize` caps the batch (0 = the pair alone).
 */
export function scoreGroups(corpus: string, items: Labelled[], contextSize = Infinity): ScoredPair[] {
  const groups = new Map<string, Labelled[]>();
  for (const it of items) {
    if (!groups.has(it.group)) groups.set(it.group, []);
    groups.get(it.group)!.push(it);
  }
  const out: ScoredPair[] = [];
  for (const members of groups.values()) {
    const all = members.map((m) => m.article);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const others = contextSize === Infinity ? all : pick(all, i, j, contextSize);
        out.push({
          corpus,
          positive: members[i].story === members[j].story,
          result: matchStory(members[i].article, members[j].article, { others }),
        });
      }
    }
  }
  return out;
}

/** A deterministic batch of `n` other articles around the pair, like the ~8 candidates of a click. */
function pick(all: Article[], i: number, j: number, n: number): Article[] {
  const out: Article[] = [];
  for (let k = 1; out.length < n && k < all.length; k++) {
    const idx = (i + k * 7) % all.length;
    if (idx !== i && idx !== j && !out.includes(all[idx])) out.push(all[idx]);
  }
  return out;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(pairs: { positive: boolean; predicted: boolean }[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pairs) {
    if (p.predicted && p.positive) tp++;
    else if (p.predicted) fp++;
    else if (p.positive) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Precision and recall of the `same-story` verdict. */
export function evaluate(pairs: ScoredPair[]): Prf {
  return prf(pairs.map((p) => ({ positive: p.positive, predicted: p.result.verdict === 'same-story' })));
}

/** How the negatives of a set spread over the three verdicts (hard negatives should land in `related`). */
export function verdictsOfNegatives(pairs: ScoredPair[]): Record<MatchResult['verdict'], number> {
  const out = { 'same-story': 0, related: 0, different: 0 };
  for (const p of pairs) if (!p.positive) out[p.result.verdict]++;
  return out;
}
