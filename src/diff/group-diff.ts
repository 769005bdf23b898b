import type { Difference, QuoteSeverity, Span } from '../comparison';
import type { PlacedToken, PreparedQuote } from '../text/article-text';
import { classifyKeyEqual } from './cosmetic';
import type { HunkVerdict, KeyLookup, TokenLookup } from './hunk-rules';
import { classifyHunk, isNumberOrNegation, isPossessiveRewrite } from './hunk-rules';
import type { DiffRun, Hunk } from './token-diff';
import { diffTokens, hunksOf } from './token-diff';
import { IZE, hasIzeWord } from '../text/ize';

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
  /** Keys of each whole article (see HunkView.articleKeysA). */
  articleKeysA?: KeyLookup;
  articleKeysB?: KeyLookup;
  /** English-only rules (the -ize/-ise fallback, spelling compounds); default true. */
  english?: boolean;
  /** Whether any word of either side has an -ize key (text/ize.ts), when the caller already knows. */
  izeWords?: boolean;
}

export interface GroupDiff {
  differences: Difference[];
  runs: DiffRun[];
  complete: boolean;
}

/** Shared runs this long (in tokens) count as verbatim shared text (wording-differences.md §3 L). */
export const SHARED_RUN_TOKENS = 8;
const BENIGN_DOUBLES = new Set(['had', 'that', 'is', 'very', 'so', 'bye', 'no', 'yes', 'ha', 'knock']);

/** A hunk after the post-passes; `marks` is set for quote marks one side put around shared words. */
interface Piece extends Hunk {
  marks?: boolean;
}

interface Located {
  hunk: Piece;
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
  const { runs, complete } = diffTokens(a, b, input.timeoutMs, input.english === false ? undefined : izeAliases(a, b, input.izeWords));
  const out: Difference[] = [];
  const starts = new SentenceStarts(a, b);
  const make = (ra: ReturnType<typeof rangeOf>, rb: ReturnType<typeof rangeOf>, sa: number, sb: number, v: HunkVerdict): Difference => makeDifference(input, ra, rb, sa, sb, v);

  for (const r of runs) {
    if (r.op !== 'equal') continue;
    for (let k = 0; k < r.aTo - r.aFrom; k++) {
      const ta = a[r.aFrom + k];
      const tb = b[r.bFrom + k];
      // Identical texts are never a finding (classifyKeyEqual's first test): skip the call and the set lookups.
      if (ta.text === tb.text) continue;
      const v = classifyKeyEqual(ta, tb, starts.has(ta) || starts.has(tb));
      if (v) out.push(make(rangeOf(a, r.aFrom + k, r.aFrom + k + 1), rangeOf(b, r.bFrom + k, r.bFrom + k + 1), ta.sentence, tb.sentence, v));
    }
  }

  let pieces: Piece[] = splitAtSentences(hunksOf(runs), a, b);
  if (pieces.length === 0) {
    if (out.length > 1) out.sort(readingOrder);
    return { differences: out, runs, complete };
  }
  pieces = peelQuoteMarks(pieces, a, b);
  pieces = joinPossessiveRewrites(pieces, a, b);
  pieces = joinQuoteMarkMoves(pieces, a, b);
  pieces = joinAddedQuoteMarks(pieces, a, b);
  const keysA = new LazyKeySet(a);
  const keysB = new LazyKeySet(b);
  const located: Located[] = pieces.map((hunk) => ({
    hunk,
    verdict: hunk.marks ? { kind: 'punctuation', confidence: 0.8, detail: 'quote-marks' } : classifyHunk({
      a: a.slice(hunk.aFrom, hunk.aTo),
      b: b.slice(hunk.bFrom, hunk.bTo),
      prevA: a[hunk.aFrom - 1],
      prevB: b[hunk.bFrom - 1],
      nextA: a[hunk.aTo],
      nextB: b[hunk.bTo],
      groupKeysA: keysA,
      groupKeysB: keysB,
      articleKeysA: input.articleKeysA,
      english: input.english,
      articleKeysB: input.articleKeysB,
      groupTokensA: a,
      groupTokensB: b,
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
  // Commas, dashes and brackets added or dropped inside a quotation, on both sides, change how the speaker's
  // words are reported (the lowest quote severity); quote-mark style and placement stay typography.
  const repunctuates = (l: Located): boolean =>
    l.verdict.kind === 'punctuation' &&
    !l.hunk.marks &&
    l.quoteA !== undefined &&
    l.quoteB !== undefined &&
    l.hunk.aTo - l.hunk.aFrom + l.hunk.bTo - l.hunk.bFrom > 0 &&
    a.slice(l.hunk.aFrom, l.hunk.aTo).every(isInteriorMark) &&
    b.slice(l.hunk.bFrom, l.hunk.bTo).every(isInteriorMark);
  for (const parts of byQuote.values()) {
    const changesWords = parts.some((l) => l.verdict.kind !== 'punctuation');
    if (!changesWords && !parts.some(repunctuates)) continue;
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
    // A quotation told by one outlet only, inside a clause the other lacks: an extra (or omitted) quote,
    // not a reworded one, whatever words it holds.
    const oneSided = (side: 'a' | 'b'): boolean =>
      parts.every((l) => (side === 'a' ? l.hunk.bTo === l.hunk.bFrom : l.hunk.aTo === l.hunk.aFrom)) &&
      parts.some((l) => (side === 'a' ? l.quoteA !== undefined && covers(a, l.hunk.aFrom, l.hunk.aTo, l.quoteA) : l.quoteB !== undefined && covers(b, l.hunk.bFrom, l.hunk.bTo, l.quoteB)));
    if (oneSided('b')) {
      d.detail = 'extra-quote';
      d.severity = 'insertion';
    } else if (oneSided('a')) {
      d.detail = 'omitted-quote';
      d.severity = 'insertion';
    }
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
    // A quote mark one side has and the other lacks means nothing on its own: show the word it hangs on.
    const lone = verdict.kind === 'punctuation' && !hunk.marks && (aTo - aFrom === 0) !== (bTo - bFrom === 0) && [...a.slice(aFrom, aTo), ...b.slice(bFrom, bTo)].every(isQuoteMark);
    if (lone) {
      const first = aTo > aFrom ? a[aFrom] : b[bFrom];
      const opens = first.text === '\u201c' || first.text === '\u2018' || first.text === '\u00ab' || first.text === '\u201e';
      if (opens && aTo < a.length && bTo < b.length) {
        aTo++;
        bTo++;
      } else if (!opens && aFrom > 0 && bFrom > 0) {
        aFrom--;
        bFrom--;
      }
    }
    out.push(make(rangeOf(a, aFrom, aTo), rangeOf(b, bFrom, bTo), sentenceAt(a, hunk.aFrom, hunk.aTo, input.firstA), sentenceAt(b, hunk.bFrom, hunk.bTo, input.firstB), verdict));
  }
  if (out.length > 1) out.sort(readingOrder);
  return { differences: out, runs, complete };
}

const readingOrder = (x: Difference, y: Difference): number => (x.aSpan?.paragraph ?? 0) - (y.aSpan?.paragraph ?? 0) || (x.aSpan?.start ?? 0) - (y.aSpan?.start ?? 0) || x.aSentence - y.aSentence;
const MEANINGFUL = new Set<string>(['quote', 'wording', 'substantive']);

function makeDifference(input: GroupInput, ra: ReturnType<typeof rangeOf>, rb: ReturnType<typeof rangeOf>, sa: number, sb: number, v: HunkVerdict): Difference {
  const ta = textSpan(input.paragraphsA, ra);
  const tb = textSpan(input.paragraphsB, rb);
  const d: Difference = {
    kind: v.kind,
    cosmetic: !MEANINGFUL.has(v.kind),
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
  if (v.rule !== undefined) d.rule = v.rule;
  if (v.salience !== undefined) d.salience = v.salience;
  return d;
}

/**
 * The first token of each sentence on either side (a case change there is not a finding), collected on
 * the first question: groups whose equal tokens all match in text and that have no hunk never ask.
 */
class SentenceStarts implements TokenLookup {
  private set: Set<PlacedToken> | undefined;
  private readonly a: readonly PlacedToken[];
  private readonly b: readonly PlacedToken[];
  constructor(a: readonly PlacedToken[], b: readonly PlacedToken[]) {
    this.a = a;
    this.b = b;
  }

  has(token: PlacedToken): boolean {
    if (this.set === undefined) {
      this.set = new Set<PlacedToken>();
      for (const side of [this.a, this.b]) {
        for (let i = 0; i < side.length; i++) if (i === 0 || side[i - 1].sentence !== side[i].sentence) this.set.add(side[i]);
      }
    }
    return this.set.has(token);
  }
}

/** The keys of a group side, collected on the first question: most hunks never ask (substance() only does for a changed capitalised word). */
class LazyKeySet implements KeyLookup {
  private set: Set<string> | undefined;
  private readonly tokens: readonly PlacedToken[];
  constructor(tokens: readonly PlacedToken[]) {
    this.tokens = tokens;
  }

  has(key: string): boolean {
    this.set ??= keySet(this.tokens);
    return this.set.has(key);
  }
}

function keySet(tokens: readonly PlacedToken[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) out.add(tokens[i].key);
  return out;
}

function covers(tokens: readonly PlacedToken[], from: number, to: number, q: PreparedQuote): boolean {
  return to > from && tokens[from].paragraph === q.paragraph && tokens[to - 1].paragraph === q.paragraph && tokens[from].start <= q.start && tokens[to - 1].end >= q.end;
}


/**
 * The -ize/-ise fallback (wording-differences.md §3 C) for words VarCon lacks: a word on one side whose
 * -ise form is a word on the other side, and not itself on the other side, diffs as equal in this group.
 * Only the suffix may differ, so "prize"/"prise" pairs but "realize"/"realign" never does.
 */
function izeAliases(a: readonly PlacedToken[], b: readonly PlacedToken[], known?: boolean): Map<PlacedToken, string> | undefined {
  // Nearly every group has no -ize word at all: find that out before building any set. A pair needs an
  // -ize key (a word token's, since only word tokens get an alias), so no such key means no alias.
  if (known === false || (known === undefined && !hasIzeWord(a) && !hasIzeWord(b))) return undefined;
  const alias = new Map<PlacedToken, string>();
  const keysA = keySet(a);
  const keysB = keySet(b);
  const toIse = (k: string): string => k.replace(IZE, 'is$1');
  const pairs = new Set<string>();
  for (const [mine, theirs] of [[keysA, keysB], [keysB, keysA]] as const) {
    for (const k of mine) {
      if (!IZE.test(k) || theirs.has(k) || !theirs.has(toIse(k)) || mine.has(toIse(k))) continue;
      pairs.add(k);
    }
  }
  if (pairs.size === 0) return alias;
  for (const t of [...a, ...b]) {
    if (t.type !== 'word') continue;
    if (pairs.has(t.key)) alias.set(t, toIse(t.key));
  }
  return alias;
}

/** Index ranges [from, to) of the sentences a token range covers, in order. */
function sentenceRuns(tokens: readonly PlacedToken[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    if (i === from || tokens[i].sentence !== tokens[i - 1].sentence) out.push([i, i + 1]);
    else out[out.length - 1][1] = i + 1;
  }
  return out;
}

/**
 * In a merged group (2–1, 1–2) a hunk can run across the join: "Paris. He added that" against "Paris
 * that". Cut it at the sentence boundaries of the side that has several, so the stop and the dropped
 * words are judged (and shown) apart; the other side's tokens go with the piece holding the most words.
 */
function splitAtSentences(hunks: Hunk[], a: readonly PlacedToken[], b: readonly PlacedToken[]): Piece[] {
  const out: Piece[] = [];
  for (const h of hunks) {
    const ra = sentenceRuns(a, h.aFrom, h.aTo);
    const rb = sentenceRuns(b, h.bFrom, h.bTo);
    if ((ra.length <= 1 && rb.length <= 1) || (ra.length > 1 && rb.length > 1)) {
      out.push(h);
      continue;
    }
    const multiA = ra.length > 1;
    const runs = multiA ? ra : rb;
    const side = multiA ? a : b;
    let best = 0;
    let bestWords = -1;
    runs.forEach(([from, to], k) => {
      let n = 0;
      for (let i = from; i < to; i++) if (side[i].type !== 'punct') n++;
      if (n > bestWords) {
        best = k;
        bestWords = n;
      }
    });
    const [oFrom, oTo] = multiA ? [h.bFrom, h.bTo] : [h.aFrom, h.aTo];
    runs.forEach(([from, to], k) => {
      const other: [number, number] = k < best ? [oFrom, oFrom] : k === best ? [oFrom, oTo] : [oTo, oTo];
      out.push(multiA ? { aFrom: from, aTo: to, bFrom: other[0], bTo: other[1] } : { aFrom: other[0], aTo: other[1], bFrom: from, bTo: to });
    });
  }
  return out;
}

/**
 * "their" / "the continent's “": a quote mark at the edge of a word hunk, with none at that edge on the
 * other side, is a separate (typographic) change. Peeling it off lets joinAddedQuoteMarks pair it with
 * its closing mark, and keeps the word hunk's text free of a stray mark.
 */
function peelQuoteMarks(hunks: Piece[], a: readonly PlacedToken[], b: readonly PlacedToken[]): Piece[] {
  const out: Piece[] = [];
  for (const h of hunks) {
    const wordsA = h.aTo - h.aFrom;
    const wordsB = h.bTo - h.bFrom;
    if (wordsA === 0 || wordsB === 0) {
      out.push(h);
      continue;
    }
    let { aFrom, aTo, bFrom, bTo } = h;
    const before: Piece[] = [];
    const after: Piece[] = [];
    if (aTo - aFrom > 1 && isQuoteMark(a[aFrom]) && !isQuoteMark(b[bFrom])) before.push({ aFrom, aTo: ++aFrom, bFrom, bTo: bFrom });
    else if (bTo - bFrom > 1 && isQuoteMark(b[bFrom]) && !isQuoteMark(a[aFrom])) before.push({ aFrom, aTo: aFrom, bFrom, bTo: ++bFrom });
    if (aTo - aFrom > 1 && isQuoteMark(a[aTo - 1]) && !isQuoteMark(b[bTo - 1])) after.push({ aFrom: --aTo, aTo: aTo + 1, bFrom: bTo, bTo });
    else if (bTo - bFrom > 1 && isQuoteMark(b[bTo - 1]) && !isQuoteMark(a[aTo - 1])) after.push({ aFrom: aTo, aTo, bFrom: --bTo, bTo: bTo + 1 });
    out.push(...before, { aFrom, aTo, bFrom, bTo }, ...after);
  }
  return out;
}

function tokensEqualByKey(x: readonly PlacedToken[], y: readonly PlacedToken[]): boolean {
  return x.length === y.length && x.every((t, i) => t.key === y[i].key);
}

/**
 * "President of Ukraine" / "Ukraine's President": Myers keeps one shared word and leaves two hunks around
 * it. Two hunks with at most two equal tokens between them are joined when the joined text is that
 * rewrite, so the possessive rule sees it whole.
 */
function joinPossessiveRewrites(hunks: Piece[], a: readonly PlacedToken[], b: readonly PlacedToken[]): Piece[] {
  const out: Piece[] = [];
  for (const h of hunks) {
    const prev = out[out.length - 1];
    const gap = prev ? h.aFrom - prev.aTo : -1;
    if (prev && gap >= 1 && gap <= 2 && h.bFrom - prev.bTo === gap && tokensEqualByKey(a.slice(prev.aTo, h.aFrom), b.slice(prev.bTo, h.bFrom))) {
      const wa = a.slice(prev.aFrom, h.aTo).filter((t) => t.type !== 'punct');
      const wb = b.slice(prev.bFrom, h.bTo).filter((t) => t.type !== 'punct');
      if (isPossessiveRewrite(wa, wb) || isPossessiveRewrite(wb, wa)) {
        out[out.length - 1] = { aFrom: prev.aFrom, aTo: h.aTo, bFrom: prev.bFrom, bTo: h.bTo };
        continue;
      }
    }
    out.push(h);
  }
  return out;
}

const OPENING_QUOTES = new Set(['\u201c', '\u2018', '\u00ab', '\u201e']);

/**
 * “collective security”: one outlet puts quote marks around words both share. The diff sees two bare
 * mark insertions; joined, they are one typographic finding whose text shows the quoted words.
 */
function joinAddedQuoteMarks(hunks: Piece[], a: readonly PlacedToken[], b: readonly PlacedToken[]): Piece[] {
  const out: Piece[] = [];
  const loneMark = (h: Piece, side: 'a' | 'b'): PlacedToken | undefined => {
    const [mine, theirs] = side === 'a' ? [h.aTo - h.aFrom, h.bTo - h.bFrom] : [h.bTo - h.bFrom, h.aTo - h.aFrom];
    const t = side === 'a' ? a[h.aFrom] : b[h.bFrom];
    return mine === 1 && theirs === 0 && isQuoteMark(t) ? t : undefined;
  };
  for (const h of hunks) {
    const prev = out[out.length - 1];
    let joined = false;
    if (prev) {
      for (const side of ['a', 'b'] as const) {
        const open = loneMark(prev, side);
        const close = loneMark(h, side);
        if (!open || !close || !OPENING_QUOTES.has(open.text) || OPENING_QUOTES.has(close.text) || open.sentence !== close.sentence) continue;
        const gapA = h.aFrom - prev.aTo;
        if (gapA < 1 || gapA > 12) continue;
        out[out.length - 1] = { aFrom: prev.aFrom, aTo: h.aTo, bFrom: prev.bFrom, bTo: h.bTo, marks: true };
        joined = true;
        break;
      }
    }
    if (!joined) out.push(h);
  }
  return out;
}

const isMark = (t: PlacedToken | undefined): boolean => t !== undefined && t.type === 'punct';
const INTERIOR_MARKS = new Set([',', ';', ':', '\u2014', '\u2013', '(', ')', '\u2026']);
const isInteriorMark = (t: PlacedToken): boolean => t.type === 'punct' && INTERIOR_MARKS.has(t.text);
const isQuoteMark = (t: PlacedToken | undefined): boolean => t !== undefined && t.type === 'punct' && (t.key === '"' || t.key === "'");

/**
 * "nations.”" vs "nations”.": the diff sees a deleted stop before the closing quote and an inserted one
 * after it — or, with another tie-break, an inserted quote mark before the stop and a deleted one after
 * it. Two punctuation-only hunks around one mark, with a quote mark moved across it, are one finding
 * (quote-mark placement).
 */
function joinQuoteMarkMoves(hunks: Piece[], a: readonly PlacedToken[], b: readonly PlacedToken[]): Piece[] {
  const out: Piece[] = [];
  for (const h of hunks) {
    const prev = out[out.length - 1];
    const onlyMarks = (x: Hunk): boolean => a.slice(x.aFrom, x.aTo).every(isMark) && b.slice(x.bFrom, x.bTo).every(isMark);
    const quoteMoved = (x: Hunk): boolean => a.slice(x.aFrom, x.aTo).some(isQuoteMark) || b.slice(x.bFrom, x.bTo).some(isQuoteMark);
    const across = prev && (isQuoteMark(a[prev.aTo]) || (isMark(a[prev.aTo]) && quoteMoved(prev) && quoteMoved(h)));
    if (prev && across && onlyMarks(prev) && onlyMarks(h) && h.aFrom - prev.aTo === 1 && h.bFrom - prev.bTo === 1) {
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
      const x = a[r.aFrom + k];
      const y = a[r.aFrom + k + 1];
      const u = b[r.bFrom + k];
      const v = b[r.bFrom + k + 1];
      if (x.type !== 'word' || x.key !== y.key || x.sentence !== y.sentence || BENIGN_DOUBLES.has(x.key)) continue;
      if (u.text.toLowerCase() !== v.text.toLowerCase()) continue;
      found.push(`${x.text} ${y.text}`.toLowerCase());
    }
  }
  return found;
}
