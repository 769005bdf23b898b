import { expect } from 'vitest';
import { compareArticles } from '../../../src/compare';
import { diffTokens } from '../../../src/diff/token-diff';
import type { Article, Comparison, Difference, Span } from '../../../src/index';
import { segmentSentences } from '../../../src/text/segment';
import { tokenize } from '../../../src/text/tokenize';

/**
 * The engine's invariants over any pair of inputs, shared by the property tests (compare-properties)
 * and the regression runner (one JSON file per input that once broke one of them).
 */
export type InvariantName = 'no-throw' | 'rebuild' | 'offsets' | 'identity' | 'swap' | 'deadline';

export const article = (paragraphs: string[]): Article => ({ title: '', outlet: 'x', url: '', publishedTime: null, paragraphs });

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when `at` does not fall between the two halves of a surrogate pair. */
export function onCodePointBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  return !(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at)));
}

function checkSpan(span: Span | null, text: string, paragraphs: readonly string[]): void {
  if (span === null) {
    expect(text).toBe('');
    return;
  }
  const p = paragraphs[span.paragraph];
  expect(p, `paragraph ${span.paragraph}`).toBeTypeOf('string');
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeGreaterThanOrEqual(span.start);
  expect(span.end).toBeLessThanOrEqual(p.length);
  expect(onCodePointBoundary(p, span.start), `start ${span.start} splits a surrogate pair`).toBe(true);
  expect(onCodePointBoundary(p, span.end), `end ${span.end} splits a surrogate pair`).toBe(true);
  expect(p.slice(span.start, span.end)).toBe(text);
}

/** Every sentence and difference addresses exactly its text, inside its paragraph, on code-point boundaries. */
export function checkOffsets(c: Comparison, a: Article, b: Article): void {
  for (const [sentences, art] of [[c.sentencesA, a], [c.sentencesB, b]] as const) {
    for (const s of sentences) checkSpan({ paragraph: s.paragraph, start: s.start, end: s.end }, s.text, art.paragraphs);
  }
  for (const d of c.differences) {
    checkSpan(d.aSpan, d.a, a.paragraphs);
    checkSpan(d.bSpan, d.b, b.paragraphs);
  }
}

/** Tokens and whitespace gaps rebuild every sentence of every paragraph, and diff runs rebuild both token lists. */
export function checkRebuild(a: Article, b: Article): void {
  const sides = [a, b].map((art) =>
    art.paragraphs.flatMap((p) =>
      segmentSentences(p).map((s) => {
        const tokens = tokenize(p, s.start, s.end);
        let at = s.start;
        for (const t of tokens) {
          expect(p.slice(at, t.start).trim()).toBe('');
          expect(p.slice(t.start, t.end)).toBe(t.text);
          expect(onCodePointBoundary(p, t.start) && onCodePointBoundary(p, t.end)).toBe(true);
          at = t.end;
        }
        expect(p.slice(at, s.end).trim()).toBe('');
        return tokens;
      }),
    ),
  );
  const ta = sides[0].flat();
  const tb = sides[1].flat();
  const { runs } = diffTokens(ta, tb);
  expect(runs.filter((r) => r.op !== 'insert').flatMap((r) => ta.slice(r.aFrom, r.aTo))).toEqual(ta);
  expect(runs.filter((r) => r.op !== 'delete').flatMap((r) => tb.slice(r.bFrom, r.bTo))).toEqual(tb);
}

/** An article against itself: nothing differs, nothing is only on one side, nothing moved. */
export function checkIdentity(a: Article): void {
  const c = compareArticles(a, a);
  expect(c.differences).toEqual([]);
  expect(c.onlyInA).toEqual([]);
  expect(c.onlyInB).toEqual([]);
  expect(c.moved).toEqual([]);
  expect(c.sharedText.a).toBe(c.sharedText.b);
}

/** One-sided labels and their mirror images: what B adds, A omits. */
const MIRROR: Record<string, string> = {
  added: 'dropped',
  insertion: 'deletion',
  addition: 'omission',
  'extra-fact': 'omitted-fact',
  'extra-quote': 'omitted-quote',
};
for (const [x, y] of Object.entries(MIRROR)) MIRROR[y] = x;

/**
 * What "swapping A and B swaps the result" means, precisely: compare(B, A) equals compare(A, B) with
 *  - every difference's a/b texts and spans exchanged, and its one-sided detail mirrored (MIRROR);
 *  - the variants' a/b exchanged (same kinds, same counts);
 *  - onlyInA and onlyInB exchanged, sentencesA and sentencesB exchanged, sharedText.a and .b exchanged;
 *  - similarity, partial, sharedTypos unchanged; groups as the same set of {a, b} pairs exchanged.
 * Compared as sorted multisets: the order of findings may follow the first argument.
 */
export function mirrored(d: Difference): string {
  return JSON.stringify([d.kind, d.detail === undefined ? null : (MIRROR[d.detail] ?? d.detail), d.b, d.a, d.bSpan, d.aSpan, d.severity ?? null]);
}

const plain = (d: Difference): string => JSON.stringify([d.kind, d.detail ?? null, d.a, d.b, d.aSpan, d.bSpan, d.severity ?? null]);

export function checkSwap(a: Article, b: Article): void {
  const ab = compareArticles(a, b);
  const ba = compareArticles(b, a);
  expect(ba.differences.map(plain).sort()).toEqual(ab.differences.map(mirrored).sort());
  expect(ba.variants.map((v) => `${v.kind}|${v.b}|${v.a}|${v.count}`).sort()).toEqual(ab.variants.map((v) => `${v.kind}|${v.a}|${v.b}|${v.count}`).sort());
  expect(ba.onlyInA).toEqual(ab.onlyInB);
  expect(ba.onlyInB).toEqual(ab.onlyInA);
  expect(ba.sentencesA).toEqual(ab.sentencesB);
  expect(ba.sharedText).toEqual({ a: ab.sharedText.b, b: ab.sharedText.a });
  expect(ba.similarity).toBe(ab.similarity);
  expect(ba.partial).toBe(ab.partial);
  expect([...ba.sharedTypos].sort()).toEqual([...ab.sharedTypos].sort());
  const pairs = (c: Comparison, flip: boolean): string[] => c.groups.map((g) => JSON.stringify(flip ? [g.b, g.a, g.repeat ?? false] : [g.a, g.b, g.repeat ?? false])).sort();
  expect(pairs(ba, true)).toEqual(pairs(ab, false));
}

/**
 * Never past the deadline by more than `slackMs` (one unit of work: a paragraph, a group's diff), and
 * marked partial whenever it ran past it.
 */
export function checkDeadline(a: Article, b: Article, deadlineMs: number, slackMs: number): Comparison {
  const start = Date.now();
  const c = compareArticles(a, b, { deadlineMs });
  const elapsed = Date.now() - start;
  expect(elapsed).toBeLessThanOrEqual(deadlineMs + slackMs);
  if (elapsed > deadlineMs + 5) expect(c.partial).toBe(true);
  return c;
}

export function runInvariant(name: InvariantName, a: Article, b: Article): void {
  switch (name) {
    case 'no-throw':
      expect(() => compareArticles(a, b)).not.toThrow();
      return;
    case 'rebuild':
      checkRebuild(a, b);
      return;
    case 'offsets':
      checkOffsets(compareArticles(a, b), a, b);
      return;
    case 'identity':
      checkIdentity(a);
      return;
    case 'swap':
      checkSwap(a, b);
      return;
    case 'deadline':
      checkDeadline(a, b, 50, 1000);
      return;
  }
}
