import type { Difference, QuoteSeverity, Span } from '../comparison';
import type { PlacedToken, PreparedQuote } from '../text/article-text';
import { classifyKeyEqual } from './cosmetic';
import type { HunkVerdict } from './hunk-rules';
import { classifyHunk, isNumberOrNegation } from './hunk-rules';
import type { DiffRun, Hunk } from './token-diff';
import { diffTokens, hunksOf } from './token-diff';

export interface GroupInput {
  group: number;
  a: PlacedToken[];
  b: PlacedToken[];
  paragraphsA: readonly string[];
  paragraphsB: readonly string[];
  quotesA: readonly PreparedQuote[];
  quotesB: readonly PreparedQuote[];
  /** Fallback sentence indices for an empty side. */
  firstA: number;
  firstB: number;
  timeoutMs?: number;
}

export interface GroupDiff {
  differences: Difference[];
  runs: DiffRun[];
  complete: boolean;
}

/** Shared runs this long (in tokens) count as verbatim shared text (wording-differences.md §3 L). */
export const SHARED_RUN_TOKENS = 8;
const BENIGN_DOUBLES = new Set(['had', 'that', 'is', 'very', 'so', 'bye', 'no', 'yes', 'ha', 'knock']);

interface Located {
  hunk: Hunk;
  verdict: HunkVerdict;
  quoteA?: PreparedQuote;
  quoteB?: PreparedQuote;
}

function inside(t: PlacedToken, q: PreparedQuote): boolean {
  return t.paragraph === q.paragraph && t.start >= q.start && t.end <= q.end;
}

function quoteOf(tokens: PlacedToken[], from: number, to: number, quotes: readonly PreparedQuote[]): PreparedQuote | undefined {
  if (to > from) {
    for (let i = from; i < to; i++) {
      const q = quotes.find((x) => inside(tokens[i], x));
      if (q) return q;
    }
    return undefined;
  }
  // An insertion point is inside a quote when the tokens on both sides of it are.
  const before = tokens[from - 1];
  const after = tokens[from];
  if (!before || !after) return undefined;
  return quotes.find((x) => inside(before, x) && inside(after, x));
}

/** The character range a side of a hunk covers; an empty side is the gap at its insertion point. */
function rangeOf(tokens: PlacedToken[], from: number, to: number): { paragraph: number; start: number; end: number } | null {
  if (to > from) {
    const first = tokens[from];
    let last = first;
    for (let i = from; i < to && tokens[i].paragraph === first.paragraph; i++) last = tokens[i];
    return { paragraph: first.paragraph, start: first.start, end: last.end };
  }
  const before = tokens[from - 1];
  const after = tokens[from];
  if (before && after && before.paragraph === after.paragraph) return { paragraph: before.paragraph, start: before.end, end: after.start };
  if (before) return { paragraph: before.paragraph, start: before.end, end: before.end };
  if (after) return { paragraph: after.paragraph, start: after.start, end: after.start };
  return null;
}

function sentenceAt(tokens: PlacedToken[], from: number, to: number, fallback: number): number {
  return (tokens[from] ?? tokens[from - 1] ?? tokens[Math.max(0, to - 1)])?.sentence ?? fallback;
}

function textSpan(paragraphs: readonly string[], r: { paragraph: number; start: number; end: number } | null): { text: string; span: Span | null } {
  if (!r) return { text: '', span: null };
  const p = paragraphs[r.paragraph];
  let { start, end } = r;
  while (start < end && /\s/.test(p[start])) start++;
  while (end > start && /\s/.test(p[end - 1])) end--;
  return end > start ? { text: p.slice(start, end), span: { paragraph: r.paragraph, start, end } } : { text: '', span: null };
}

function severityOf(parts: Located[], input: GroupInput): QuoteSeverity {
  let words = false;
  let substitution = false;
  for (const { hunk } of parts) {
    const ta = input.a.slice(hunk.aFrom, hunk.aTo);
    const tb = input.b.slice(hunk.bFrom, hunk.bTo);
    const keysA = new Set(ta.map((t) => t.key));
    const keysB = new Set(tb.map((t) => t.key));
    const changed = [...ta.filter((t) => !keysB.has(t.key)), ...tb.filter((t) => !keysA.has(t.key))];
    if (changed.some(isNumberOrNegation)) return 'number-or-negation';
    const wa = ta.some((t) => t.type !== 'punct');
    const wb = tb.some((t) => t.type !== 'punct');
    if (wa || wb) words = true;
    if (wa && wb) substitution = true;
  }
  return substitution ? 'substitution' : words ? 'insertion' : 'punctuation';
}

/**
 * Token diff of one aligned group and the classification of everything that differs: key-equal tokens
 * with different texts become cosmetic findings; hunks go through the ordered rules; every hunk inside
 * one quotation that changes words is folded, with that quote's punctuation hunks, into one `quote`
 * finding (commas inside a quote change what the speaker is reported to have said).
 */
export function diffGroup(input: GroupInput): GroupDiff {
  const { a, b } = input;
  const { runs, complete } = diffTokens(a, b, input.timeoutMs);
  const out: Difference[] = [];
  const starts = new Set<PlacedToken>();
  for (const side of [a, b]) side.forEach((t, i) => { if (i === 0 || side[i - 1].sentence !== t.sentence) starts.add(t); });

  const make = (ra: ReturnType<typeof rangeOf>, rb: ReturnType<typeof rangeOf>, sa: number, sb: number, v: { kind: Difference['kind']; confidence: number; detail?: string }): Difference => {
    const ta = textSpan(input.paragraphsA, ra);
    const tb = textSpan(input.paragraphsB, rb);
    const d: Difference = {
      kind: v.kind,
      cosmetic: !['quote', 'wording', 'substantive'].includes(v.kind),
      confidence: v.confidence,
      a: ta.text,
      b: tb.text,
      aSpan: ta.span,
      bSpan: tb.span,
      group: input.group,
      aSentence: sa,
      bSentence: sb,
    };
    if (v.detail !== undefined) d.detail = v.detail;
    return d;
  };

  for (const r of runs) {
    if (r.op !== 'equal') continue;
    for (let k = 0; k < r.aTo - r.aFrom; k++) {
      const ta = a[r.aFrom + k];
      const tb = b[r.bFrom + k];
      const v = classifyKeyEqual(ta, tb, starts.has(ta) || starts.has(tb));
      if (v) out.push(make(rangeOf(a, r.aFrom + k, r.aFrom + k + 1), rangeOf(b, r.bFrom + k, r.bFrom + k + 1), ta.sentence, tb.sentence, v));
    }
  }

  const keysA = new Set(a.map((t) => t.key));
  const keysB = new Set(b.map((t) => t.key));
  const located: Located[] = joinQuoteMarkMoves(hunksOf(runs), a, b).map((hunk) => ({
    hunk,
    verdict: classifyHunk({
      a: a.slice(hunk.aFrom, hunk.aTo),
      b: b.slice(hunk.bFrom, hunk.bTo),
      prevA: a[hunk.aFrom - 1],
      prevB: b[hunk.bFrom - 1],
      nextA: a[hunk.aTo],
      nextB: b[hunk.bTo],
      groupKeysA: keysA,
      groupKeysB: keysB,
      sentenceStarts: starts,
    }),
    quoteA: quoteOf(a, hunk.aFrom, hunk.aTo, input.quotesA),
    quoteB: quoteOf(b, hunk.bFrom, hunk.bTo, input.quotesB),
  }));

  // Fold quote hunks: per quotation, all hunks touching it, when at least one of them changes words.
  const folded = new Set<Located>();
  const byQuote = new Map<PreparedQuote, Located[]>();
  for (const l of located) {
    const q = l.quoteA ?? l.quoteB;
    if (!q) continue;
    const list = byQuote.get(q);
    if (list) list.push(l);
    else byQuote.set(q, [l]);
  }
  for (const parts of byQuote.values()) {
    const changesWords = parts.some((l) => l.verdict.kind !== 'punctuation');
    if (!changesWords) continue;
    for (const l of parts) folded.add(l);
    const first = parts[0].hunk;
    const last = parts[parts.length - 1].hunk;
    const ra = rangeOf(a, first.aFrom, first.aTo);
    const raEnd = rangeOf(a, last.aFrom, last.aTo);
    const rb = rangeOf(b, first.bFrom, first.bTo);
    const rbEnd = rangeOf(b, last.bFrom, last.bTo);
    const join = (x: typeof ra, y: typeof ra): typeof ra => (x && y && x.paragraph === y.paragraph ? { paragraph: x.paragraph, start: Math.min(x.start, y.start), end: Math.max(x.end, y.end) } : x);
    const d = make(join(ra, raEnd), join(rb, rbEnd), sentenceAt(a, first.aFrom, first.aTo, input.firstA), sentenceAt(b, first.bFrom, first.bTo, input.firstB), {
      kind: 'quote',
      confidence: 0.9,
      detail: 'quote-wording',
    });
    const qa = parts.find((l) => l.quoteA)?.quoteA;
    const qb = parts.find((l) => l.quoteB)?.quoteB;
    d.speaker = qa?.speaker ?? qb?.speaker ?? null;
    d.severity = severityOf(parts, input);
    out.push(d);
  }

  for (const l of located) {
    if (folded.has(l)) continue;
    const { hunk, verdict } = l;
    let aFrom = hunk.aFrom;
    let aTo = hunk.aTo;
    let bFrom = hunk.bFrom;
    let bTo = hunk.bTo;
    if (verdict.widenBefore && aFrom > 0 && bFrom > 0) {
      aFrom--;
      bFrom--;
    }
    if (verdict.widenAfter && aTo < a.length && bTo < b.length) {
      aTo++;
      bTo++;
    }
    out.push(make(rangeOf(a, aFrom, aTo), rangeOf(b, bFrom, bTo), sentenceAt(a, hunk.aFrom, hunk.aTo, input.firstA), sentenceAt(b, hunk.bFrom, hunk.bTo, input.firstB), verdict));
  }
  out.sort((x, y) => (x.aSpan?.paragraph ?? 0) - (y.aSpan?.paragraph ?? 0) || (x.aSpan?.start ?? 0) - (y.aSpan?.start ?? 0) || x.aSentence - y.aSentence);
  return { differences: out, runs, complete };
}

const isMark = (t: PlacedToken | undefined): boolean => t !== undefined && t.type === 'punct';
const isQuoteMark = (t: PlacedToken | undefined): boolean => t !== undefined && t.type === 'punct' && (t.key === '"' || t.key === "'");

/**
 * "nations.”" vs "nations”.": the diff sees a deleted stop before the closing quote and an inserted one
 * after it. Two punctuation-only hunks around one quote mark are one finding (quote-mark placement).
 */
function joinQuoteMarkMoves(hunks: Hunk[], a: readonly PlacedToken[], b: readonly PlacedToken[]): Hunk[] {
  const out: Hunk[] = [];
  for (const h of hunks) {
    const prev = out[out.length - 1];
    const onlyMarks = (x: Hunk): boolean => a.slice(x.aFrom, x.aTo).every(isMark) && b.slice(x.bFrom, x.bTo).every(isMark);
    if (prev && onlyMarks(prev) && onlyMarks(h) && h.aFrom - prev.aTo === 1 && h.bFrom - prev.bTo === 1 && isQuoteMark(a[prev.aTo])) {
      prev.aTo = h.aTo;
      prev.bTo = h.bTo;
    } else {
      out.push({ ...h });
    }
  }
  return out;
}

/** Word tokens of each side that sit in shared runs of at least SHARED_RUN_TOKENS tokens. */
export function sharedWords(runs: readonly DiffRun[], a: readonly PlacedToken[]): number {
  let shared = 0;
  for (const r of runs) {
    if (r.op !== 'equal' || r.aTo - r.aFrom < SHARED_RUN_TOKENS) continue;
    for (let i = r.aFrom; i < r.aTo; i++) if (a[i].type !== 'punct' && a[i].type !== 'clitic') shared++;
  }
  return shared;
}

/** Doubled words present at aligned positions on both sides ("to to"): evidence of common wire text. */
export function sharedDoubles(runs: readonly DiffRun[], a: readonly PlacedToken[], b: readonly PlacedToken[]): string[] {
  const found: string[] = [];
  for (const r of runs) {
    if (r.op !== 'equal') continue;
    for (let k = 0; k + 1 < r.aTo - r.aFrom; k++) {
      const [x, y] = [a[r.aFrom + k], a[r.aFrom + k + 1]];
      const [u, v] = [b[r.bFrom + k], b[r.bFrom + k + 1]];
      if (x.type !== 'word' || x.key !== y.key || x.sentence !== y.sentence || BENIGN_DOUBLES.has(x.key)) continue;
      if (u.text.toLowerCase() !== v.text.toLowerCase()) continue;
      found.push(`${x.text} ${y.text}`.toLowerCase());
    }
  }
  return found;
}
