// Logistic regression for the matcher's weights, and cross-validation by story group: small enough to
// read, no dependency. Newton's method (IRLS) with an L2 penalty; a handful of features converge in ~10 steps.

export interface Sample {
  x: number[];
  y: 0 | 1;
  /** Fold key: a BASIL year or an ECB+ topic, so no story is in both train and test. */
  group: string;
}

export interface Model {
  weights: number[];
  bias: number;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function predict(m: Model, x: number[]): number {
  let z = m.bias;
  for (let i = 0; i < x.length; i++) z += m.weights[i] * x[i];
  return sigmoid(z);
}

/** Solve A·v = b (small dense system) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const v = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * v[k];
    v[r] = s / m[r][r];
  }
  return v;
}

/**
 * L2-penalised logistic regression (bias unpenalised). Classes are re-weighted to equal total weight,
 * so the corpus with more pairs does not decide alone; `sampleWeight` lets the caller balance corpora.
 */
export function fitLogistic(samples: Sample[], l2 = 1, sampleWeight: (s: Sample) => number = () => 1): Model {
  const d = samples[0]?.x.length ?? 0;
  let w = new Array<number>(d + 1).fill(0);
  const sw = samples.map(sampleWeight);
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    samples.forEach((s, n) => {
      const xs = [...s.x, 1];
      let z = 0;
      for (let i = 0; i <= d; i++) z += w[i] * xs[i];
      const p = sigmoid(z);
      const r = sw[n] * p * (1 - p);
      for (let i = 0; i <= d; i++) {
        grad[i] += sw[n] * (p - s.y) * xs[i];
        for (let j = 0; j <= i; j++) hess[i][j] += r * xs[i] * xs[j];
      }
    });
    for (let i = 0; i < d; i++) {
      grad[i] += l2 * w[i];
      hess[i][i] += l2;
    }
    for (let i = 0; i <= d; i++) for (let j = i + 1; j <= d; j++) hess[i][j] = hess[j][i];
    const step = solve(hess, grad);
    w = w.map((v, i) => v - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { weights: w.slice(0, d), bias: w[d] };
}

/**
 * The lowest probability cut-off whose precision on `scored` is at least `floor` (the most recall at that
 * precision); pairs are sorted once, so O(n log n).
 */
export function thresholdFor(scored: { p: number; y: 0 | 1 }[], floor: number): number {
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  let tp = 0;
  let fp = 0;
  let best = 1;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].y) tp++;
    else fp++;
    const next = sorted[i + 1];
    if (next && next.p === sorted[i].p) continue;
    if (tp / (tp + fp) >= floor) best = sorted[i].p;
  }
  return best;
}

/**
 * Groups dealt round-robin into k folds, in sorted order so the split is reproducible; with a `seed`, the
 * groups are shuffled first (the same seed, the same deal), for repeated cross-validation.
 */
export function foldsOf(samples: Sample[], k: number, seed?: number): Map<string, number> {
  const groups = [...new Set(samples.map((s) => s.group))].sort();
  if (seed !== undefined) shuffle(groups, seed);
  return new Map(groups.map((g, i) => [g, i % k]));
}

/** Fisher–Yates with a small linear congruential generator: no dependency, the same order on every machine. */
function shuffle<T>(xs: T[], seed: number): void {
  let state = seed >>> 0 || 1;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
}
