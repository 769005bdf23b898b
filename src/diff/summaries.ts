import type { CosmeticKind, Difference, QuoteMatch, Span, Variant } from '../comparison';
import { styleRule } from '../data/lexicon';
import type { PreparedQuote } from '../text/article-text';
import { speakerKey } from '../text/article-text';
import { tokenize } from '../text/tokenize';

/** Cosmetic findings deduplicated by (kind, a, b), most frequent first: "NATO → Nato ×1". */
export function variantsOf(differences: readonly Difference[]): Variant[] {
  const byPair = new Map<string, Variant>();
  for (const d of differences) {
    if (!d.cosmetic) continue;
    const id = `${d.kind}\u0000${d.a}\u0000${d.b}`;
    const v = byPair.get(id);
    if (v) v.count++;
    else byPair.set(id, { kind: d.kind as CosmeticKind, a: d.a, b: d.b, count: 1 });
  }
  const out = [...byPair.values()];
  for (const v of out) {
    const rule = styleRule(v.kind, v.a, v.b);
    if (rule) v.rule = rule;
  }
  return out.sort((x, y) => y.count - x.count || x.kind.localeCompare(y.kind) || x.a.localeCompare(y.a));
}

function wordKeys(text: string): string[] {
  return tokenize(text).filter((t) => t.type !== 'punct').map((t) => t.key);
}

/** True when `small` occurs as a contiguous run inside `big` (a partial quote). */
function isRunOf(small: readonly string[], big: readonly string[]): boolean {
  if (small.length === 0 || small.length > big.length) return false;
  outer: for (let i = 0; i + small.length <= big.length; i++) {
    for (let k = 0; k < small.length; k++) if (big[i + k] !== small[k]) continue outer;
    return true;
  }
  return false;
}

/** Quotations may share a speaker only when neither is known or both name the same person. */
function compatible(x: string | null, y: string | null): boolean {
  return x === null || y === null || speakerKey(x) === speakerKey(y);
}

const MIN_QUOTE_OVERLAP = 0.5;
const MIN_INDEX_QUOTES = 40;

/**
 * Every quotation of either article, matched across them by speaker and content (share of the shorter
 * quote's words found in the other, greedy best first). Same when the words agree after normalisation or
 * one is a verbatim part of the other; changed otherwise; unmatched ones are only-a / only-b.
 */
export function matchQuotes(quotesA: readonly PreparedQuote[], quotesB: readonly PreparedQuote[]): QuoteMatch[] {
  const keysA = quotesA.map((q) => q.keys ?? wordKeys(q.text));
  const keysB = quotesB.map((q) => q.keys ?? wordKeys(q.text));
  const distinctA = keysA.map((k) => new Set(k));
  const setsA = distinctA.map((k) => [...k]);
  const setsB = keysB.map((k) => [...new Set(k)]);
  // Candidates through an inverted index of B's quote words; words in very many quotes only count for
  // pairs proposed by rarer ones, as in sentence alignment, so a long article stays near-linear.
  const postings = new Map<string, number[]>();
  setsB.forEach((keys, j) => {
    for (const k of keys) {
      const list = postings.get(k);
      if (list) list.push(j);
      else postings.set(k, [j]);
    }
  });
  const total = quotesA.length + quotesB.length;
  const commonLimit = total < MIN_INDEX_QUOTES ? Infinity : Math.max(8, Math.floor(Math.sqrt(total) * 3));
  const seen = new Int32Array(quotesB.length).fill(-1);
  const pairs: Array<{ i: number; j: number; score: number }> = [];
  quotesA.forEach((qa, i) => {
    const proposed: number[] = [];
    for (const k of setsA[i]) {
      const list = postings.get(k);
      if (!list || list.length > commonLimit) continue;
      for (const j of list) {
        if (seen[j] === i) continue;
        seen[j] = i;
        proposed.push(j);
      }
    }
    const setA = distinctA[i];
    for (const j of proposed) {
      const qb = quotesB[j];
      if (!compatible(qa.speaker, qb.speaker)) continue;
      let shared = 0;
      for (const k of setsB[j]) if (setA.has(k)) shared++;
      const smaller = Math.min(setA.size, setsB[j].length);
      if (smaller === 0) continue;
      const score = shared / smaller;
      if (score >= MIN_QUOTE_OVERLAP && (shared >= 2 || smaller === 1)) pairs.push({ i, j, score: score + shared / 1000 });
    }
  });
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const spanOf = (q: PreparedQuote): Span => ({ paragraph: q.paragraph, start: q.start, end: q.end });
  const out: Array<{ order: number; match: QuoteMatch }> = [];
  for (const { i, j } of pairs) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    const [ka, kb] = [keysA[i], keysB[j]];
    const same = ka.join(' ') === kb.join(' ') || isRunOf(ka, kb) || isRunOf(kb, ka);
    const qa = quotesA[i];
    const qb = quotesB[j];
    out.push({ order: i, match: { speaker: qa.speaker ?? qb.speaker, a: qa.text, b: qb.text, status: same ? 'same' : 'changed', aSpan: spanOf(qa), bSpan: spanOf(qb) } });
  }
  quotesA.forEach((q, i) => {
    if (!usedA.has(i)) out.push({ order: i, match: { speaker: q.speaker, a: q.text, b: null, status: 'only-a', aSpan: spanOf(q), bSpan: null } });
  });
  quotesB.forEach((q, j) => {
    if (!usedB.has(j)) out.push({ order: quotesA.length + j, match: { speaker: q.speaker, a: null, b: q.text, status: 'only-b', aSpan: null, bSpan: spanOf(q) } });
  });
  return out.sort((x, y) => x.order - y.order).map((x) => x.match);
}
