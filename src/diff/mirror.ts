import type { Article } from '../article';
import type { AlignedGroup, Comparison, Difference, QuoteMatch, QuoteStatus } from '../comparison';
import { variantsOf } from './summaries';

/** One-sided labels and their mirror images: what B adds, A omits. */
const MIRROR_DETAIL: Record<string, string> = {
  added: 'dropped',
  insertion: 'deletion',
  addition: 'omission',
  'extra-fact': 'omitted-fact',
  'extra-quote': 'omitted-quote',
};
for (const [x, y] of Object.entries(MIRROR_DETAIL)) MIRROR_DETAIL[y] = x;
const MIRROR_STATUS: Record<QuoteStatus, QuoteStatus> = { same: 'same', changed: 'changed', 'only-a': 'only-b', 'only-b': 'only-a' };

/**
 * A total order on inputs, symmetric by construction: compareArticles runs the engine on the pair in this
 * order and mirrors the result when the caller gave it the other way round. Myers diff and greedy
 * alignment break ties by position, so without a fixed order compare(B, A) could pick another of two
 * equally good alignments than compare(A, B). Cost: up to the first differing character.
 */
export function inCanonicalOrder(a: Article, b: Article): boolean {
  const pa = Array.isArray(a?.paragraphs) ? a.paragraphs : [];
  const pb = Array.isArray(b?.paragraphs) ? b.paragraphs : [];
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = typeof pa[i] === 'string' ? pa[i] : '';
    const y = typeof pb[i] === 'string' ? pb[i] : '';
    if (x !== y) return x < y;
  }
  return pa.length <= pb.length;
}

/**
 * The comparison of (B, A) from the comparison of (A, B): sides exchanged everywhere, one-sided labels
 * mirrored, groups re-sorted by their new A side (indices in differences and `moved` follow), findings
 * in the new A's reading order. Moves keep the flags computed once, so both directions agree on them.
 */
export function mirrorComparison(c: Comparison): Comparison {
  const order = c.groups
    .map((g, i) => ({ g, i }))
    .sort((x, y) => x.g.b[0] - y.g.b[0] || x.g.a[0] - y.g.a[0]);
  const newIndex = new Array<number>(c.groups.length);
  order.forEach(({ i }, k) => (newIndex[i] = k));

  const flipped: Array<{ d: Difference; old: number }> = c.differences.map((d, old) => {
    const m: Difference = { ...d, a: d.b, b: d.a, aSpan: d.bSpan, bSpan: d.aSpan, aSentence: d.bSentence, bSentence: d.aSentence, group: newIndex[d.group] ?? d.group };
    if (d.detail !== undefined) m.detail = MIRROR_DETAIL[d.detail] ?? d.detail;
    return { d: m, old };
  });
  flipped.sort((x, y) => x.d.group - y.d.group || (x.d.aSpan?.paragraph ?? 0) - (y.d.aSpan?.paragraph ?? 0) || (x.d.aSpan?.start ?? 0) - (y.d.aSpan?.start ?? 0) || x.old - y.old);
  const newDiff = new Array<number>(c.differences.length);
  flipped.forEach(({ old }, k) => (newDiff[old] = k));
  const differences = flipped.map(({ d }) => d);

  const groups: AlignedGroup[] = order.map(({ g }, k) => {
    const m: AlignedGroup = { index: k, a: g.b, b: g.a, score: g.score, moved: g.moved, differences: g.differences.map((x) => newDiff[x]).sort((x, y) => x - y) };
    if (g.repeat) m.repeat = true;
    return m;
  });
  const quotes: QuoteMatch[] = c.quotes.map((q) => ({ speaker: q.speaker, a: q.b, b: q.a, status: MIRROR_STATUS[q.status], aSpan: q.bSpan, bSpan: q.aSpan }));
  return {
    similarity: c.similarity,
    sharedText: { a: c.sharedText.b, b: c.sharedText.a },
    sentencesA: c.sentencesB,
    sentencesB: c.sentencesA,
    groups,
    differences,
    variants: variantsOf(differences),
    quotes,
    onlyInA: c.onlyInB,
    onlyInB: c.onlyInA,
    sharedTypos: c.sharedTypos,
    moved: groups.filter((g) => g.moved).map((g) => g.index),
    boilerplate: [...c.boilerplate.filter((x) => x.side === 'b'), ...c.boilerplate.filter((x) => x.side === 'a')].map((x) => ({ ...x, side: x.side === 'a' ? 'b' : 'a' })),
    partial: c.partial,
  };
}
