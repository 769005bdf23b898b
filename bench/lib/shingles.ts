// The Article Extraction Benchmark's scoring, re-implemented: tokens are \w+ runs (Python's Unicode \w),
// each text becomes a multiset of 4-token shingles, and per page the true/false positive and false
// negative counts are normalised by their sum so that long articles weigh no more than short ones.

const TOKEN = /[\p{L}\p{N}\p{Mn}\p{Mc}_]+/gu;
const N = 4;

export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  // Like the original, a text shorter than N tokens yields one shorter shingle rather than none.
  for (let i = 0; i < Math.max(1, tokens.length - N + 1); i++) {
    const s = tokens.slice(i, i + N).join(' ');
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/** Macro-averaged precision and recall over pages; a page with nothing predicted has precision 0. */
export function summarise(scores: PageScore[]): Summary {
  let p = 0;
  let r = 0;
  for (const s of scores) {
    p += s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
    r += s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
  }
  const precision = p / scores.length;
  const recall = r / scores.length;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: scores.length };
}
