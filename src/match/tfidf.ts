// Sparse TF-IDF over term bags. IDF comes from the batch the caller passes: with only the two articles
// being compared every shared word would look common, so IDF is smoothed (never below 1) and a lone pair
// degrades to plain sublinear TF rather than to nonsense.

export type TermCounts = Map<string, number>;

export function countTerms(terms: string[]): TermCounts {
  const counts: TermCounts = new Map();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export interface Idf {
  (term: string): number;
}

/** Smoothed IDF: ln((N + 1) / (df + 1)) + 1, over distinct documents. */
export function buildIdf(docs: TermCounts[]): Idf {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return (term) => Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1;
}

export function tfidfVector(counts: TermCounts, idf: Idf): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, c] of counts) {
    const w = (1 + Math.log(c)) * idf(t);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

/** Cosine of two unit vectors: iterate the smaller map (O(min(|a|, |b|)) lookups). */
export function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const o = big.get(t);
    if (o !== undefined) s += w * o;
  }
  return s;
}
