// The same-story model: logistic regression over the pair signals of story.ts. Fit by
// `npm run bench:match -- --fit` (bench/lib/match-fit.ts) on the reading of the dev corpora: BASIL's
// triplets the positives, BASIL's cross-triplet pairs and ECB+'s other-event pairs (docs ≥ 3 sentences,
// every document dated the same day: the worst case) the negatives. ECB+'s same-event pairs are not used:
// its sub-corpora hold follow-ups and side stories that the product calls `related`, and fitting on them
// taught the previous model to call 107 of 2298 same-day other-event pairs the same story. L2 = 1, every
// pair scored with its group as batch; `time` held at 0 (see UNUSED_IN_SHIPPED_FIT); the printed constant
// is pasted here. Cross-validated figures (5 folds by BASIL year / ECB+ topic, so no story is in both train
// and test) are in docs/benchmarks.md, "Story matching".

/** Signal order of the weight vector. */
export const SIGNALS = [
  'cosine',
  'leadCosine',
  'bigramCosine',
  'entityOverlap',
  'personOverlap',
  'quoteOverlap',
  'time',
  'inWindow',
  'numberOverlap',
  'leadNumberAgreement',
] as const;

export type Signal = (typeof SIGNALS)[number];
export type Signals = Record<Signal, number>;

export interface LinearModel {
  weights: Record<Signal, number>;
  bias: number;
  /** Same story at or above this probability: the lowest cut-off with precision ≥ 0.98 on dev. */
  same: number;
  /** Related at or above this probability (or with shared entities), when not the same story. */
  related: number;
}

// prettier-ignore
export const MATCH_MODEL: LinearModel = {
  weights: { cosine: 7.05, leadCosine: 6.41, bigramCosine: 3.03, entityOverlap: 5.69, personOverlap: 5.74, quoteOverlap: 3.36, time: 0, inWindow: 2.9, numberOverlap: 1.26, leadNumberAgreement: 1.57 },
  bias: -9.32,
  same: 0.4,
  related: 0.2,
};

export function probability(s: Signals, model: LinearModel = MATCH_MODEL): number {
  let z = model.bias;
  for (const name of SIGNALS) z += model.weights[name] * s[name];
  return 1 / (1 + Math.exp(-z));
}
