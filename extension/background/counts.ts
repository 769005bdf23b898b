// The numbers a coverage card shows, taken from a full comparison once so the card needs no engine and
// the session stays small enough for storage.session (the full comparison is fetched on expand).
import type { Comparison } from '../../src/index';
import type { ComparisonCounts } from '../coverage';

/** Chips on a card: enough to recognise the house style at a glance; the full list is one click away. */
export const CARD_VARIANTS = 4;

export function countsOf(c: Comparison): ComparisonCounts {
  return {
    similarity: c.similarity,
    sharedText: { a: c.sharedText.a, b: c.sharedText.b },
    // One variant per deduplicated a/b pair: the card says "3 house-style differences", not 11 occurrences.
    variants: c.variants.length,
    quoteChanges: c.quotes.filter((q) => q.status === 'changed').length,
    onlyHere: c.onlyInB.length,
    onlyInReader: c.onlyInA.length,
    meaningful: c.differences.filter((d) => !d.cosmetic).length,
    partial: c.partial,
    // Most frequent first, punctuation after everything else: "∅ → ," tells the reader least.
    topVariants: [...c.variants]
      .sort((x, y) => Number(x.kind === 'punctuation') - Number(y.kind === 'punctuation') || y.count - x.count)
      .slice(0, CARD_VARIANTS)
      .map((v) => ({ kind: v.kind, a: v.a.slice(0, 80), b: v.b.slice(0, 80), count: v.count, ...(v.rule ? { rule: v.rule.slice(0, 200) } : {}) })),
  };
}

/** A wire copy's edits against the text it copies: the meaningful differences, a few shown as "a → b". */
export function editsOf(c: Comparison, samples = 3): { edits: number; editSamples: { a: string; b: string }[] } {
  const meaningful = c.differences.filter((d) => !d.cosmetic);
  const cut = c.onlyInA.map((s) => ({ a: s.text, b: '' }));
  const added = c.onlyInB.map((s) => ({ a: '', b: s.text }));
  const all = [...meaningful.map((d) => ({ a: d.a, b: d.b })), ...cut, ...added];
  return { edits: all.length, editSamples: all.slice(0, samples).map((e) => ({ a: e.a.slice(0, 160), b: e.b.slice(0, 160) })) };
}
