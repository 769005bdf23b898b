// The same-story model: logistic regression over the pair signals of story.ts. Fit by
// `npm run bench:match -- --fit` (bench/lib/match-fit.ts) on BASIL dev + ECB+ dev (docs ≥ 3 sentences, page
// dates of the ecbplus texts dropped: see loadEcbPlus),
// L2 = 1, BASIL positives weighted ×3 (150 of them against 2423 ECB+ ones), every pair scored with its
// group as batch; the printed constant is pasted here. Cross-validated figures (5 folds by BASIL year /
// ECB+ topic, so no story is in both train and test) are in docs/benchmarks.md, "Story matching".

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
  'leadNumberOverlap',
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
  weights: { cosine: 7.7, leadCosine: 7.4, bigramCosine: 6.51, entityOverlap: 7.96, personOverlap: 4.92, quoteOverlap: 2.05, time: 1.75, inWindow: 4.18, numberOverlap: 2.9, leadNumberOverlap: 1.3 },
  bias: -8.4,
  same: 0.86,
  related: 0.2,
};

export function probability(s: Signals, model: LinearModel = MATCH_MODEL): number {
  let z = model.bias;
  for (const name of SIGNALS) z += model.weights[name] * s[name];
  return 1 / (1 + Math.exp(-z));
}
