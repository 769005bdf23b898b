import { AMBIGUOUS_ABBREVIATIONS, NON_TERMINAL_ABBREVIATIONS, SENTENCE_OPENERS } from '../data/lexicon';

/** A sentence as a half-open range of the text it was cut from. */
export interface SentenceRange {
  start: number;
  end: number;
  text: string;
}

let segmenter: Intl.Segmenter | undefined;
const LOWERCASE_ABBREVIATIONS = new Set(['vs', 'v', 'approx']);
// A paragraph without a stop followed by a space is one sentence: skipping the segmenter for it saves
// most of the segmentation time on news copy, where short paragraphs are the rule.
const POSSIBLE_BREAK = /[.!?\u2026]["'\u201d\u2019)\]]*\s+\S/;

const LAST_WORD = /(\p{L}+)\.$/u;
const INITIALISM = /(?:^|[^\p{L}.])(?:\p{L}\.){2,}$/u;
const SINGLE_INITIAL = /(?:^|\s)\p{Lu}\p{Ll}+\s+\p{Lu}\.$/u;

/**
 * Intl.Segmenter breaks after "Mr." before a capital; the merge pass of wording-differences.md §6 joins
 * such pieces back. Non-terminal abbreviations (titles, months, "No.") always continue the sentence;
 * initialisms and ambiguous ones (U.S., a.m., Inc.) only when the next piece does not open a sentence.
 */
function continues(prevText: string, next: string): boolean {
  if (!mayBeAbbreviation(prevText)) return false;
  // Only the tail matters; testing end-anchored patterns on the whole piece would rescan it per position.
  const prev = prevText.length > 40 ? prevText.slice(-40) : prevText;
  const firstWord = /^["'\u201c\u2018(]*(\p{L}+|\d)/u.exec(next)?.[1] ?? '';
  const opensSentence = /^\p{Lu}/u.test(firstWord) && SENTENCE_OPENERS.has(firstWord.toLowerCase());
  const startsLower = /^[\p{Ll}\d]/u.test(firstWord);
  if (INITIALISM.test(prev)) return startsLower || !opensSentence;
  const word = LAST_WORD.exec(prev)?.[1];
  if (word === undefined) return false;
  const lower = word.toLowerCase();
  if (NON_TERMINAL_ABBREVIATIONS.has(lower) && (/^\p{Lu}/u.test(word) || LOWERCASE_ABBREVIATIONS.has(lower))) return true;
  if (AMBIGUOUS_ABBREVIATIONS.has(lower)) return startsLower || !opensSentence;
  if (SINGLE_INITIAL.test(prev)) return /^\p{Lu}/u.test(firstWord) && !opensSentence;
  return false;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Cheap gate before continues(): most pieces end in an ordinary word and a stop ("…the harbour."), which
 * no rule below can join. Only a dot after a one-letter word, after another dot (an initialism), after a
 * listed abbreviation, or after non-ASCII letters goes on to the regex rules.
 */
function mayBeAbbreviation(prev: string): boolean {
  return mayBeAbbreviationIn(prev, 0, prev.length);
}

/** mayBeAbbreviation of `s.slice(from, to)`, without the copy. */
function mayBeAbbreviationIn(s: string, from: number, to: number): boolean {
  const end = to - 1;
  if (end < from + 1 || s.charCodeAt(end) !== 46) return false;
  let i = end - 1;
  while (i >= from && isAsciiLetter(s.charCodeAt(i))) i--;
  const length = end - i - 1;
  if (length === 0) return i >= from && s.charCodeAt(i) > 0x7f;
  if (length === 1 || (i >= from && (s.charCodeAt(i) === 46 || s.charCodeAt(i) > 0x7f))) return true;
  const lower = s.slice(i + 1, end).toLowerCase();
  return NON_TERMINAL_ABBREVIATIONS.has(lower) || AMBIGUOUS_ABBREVIATIONS.has(lower);
}

/** The characters JavaScript's \s (and trim) match, by code. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function trimmed(text: string, start: number, end: number): SentenceRange | undefined {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

// Character classes of Unicode sentence breaking (UAX #29) for the characters the fast path accepts.
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// Terminators: . is ATerm, ! and ? are STerm.
const isTerm = (c: number): boolean => c === 46 || c === 33 || c === 63;
// Close: quotation marks and brackets, straight or curly, opening or closing.
const isClose = (c: number): boolean => c === 34 || c === 39 || c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || (c >= 0x2018 && c <= 0x2019) || (c >= 0x201c && c <= 0x201d);
// Printable ASCII (space the only whitespace), curly quotes and the two dashes: nothing else is accepted.
const NOT_PLAIN = /[^\x20-\x7e\u2013\u2014\u2018\u2019\u201c\u201d]/;
const TERMINATORS = /[.!?]/g;

/**
 * Where Intl.Segmenter would break `s` into sentences (offsets of each break, the end excluded), for the
 * plain news prose that is most paragraphs; null when `s` has anything the shortcut does not decide, and
 * the caller asks the segmenter. Decided here (UAX #29 rules SB6–SB11, which ICU follows):
 *  - a terminator, its closing marks, then spaces and a capital letter (after any opening marks): break
 *    after the spaces (SB11; SB8 needs a lowercase letter, SB8a a comma-like mark or a terminator);
 *  - the same before a lowercase letter: no break after ".", a break after "!" or "?" (SB8 is ATerm only);
 *  - "." right before a digit (SB6), or between two letters (SB7, SB8): no break;
 *  - a terminator and closing marks at the end: no break inside.
 * Anything else (runs of terminators, a mark after a stop without a space, digits or dashes after the
 * spaces, non-ASCII letters, tabs, newlines) returns null. test/src/text/segment.test.ts holds the
 * shortcut to the segmenter's answer on every paragraph of the corpora and on generated text.
 */
export function quickSentenceBreaks(s: string): number[] | null {
  // Two native scans instead of a visit to every character: one for anything not plain, then one from
  // terminator to terminator (what lies between them decides nothing).
  if (NOT_PLAIN.test(s)) return null;
  const breaks: number[] = [];
  const n = s.length;
  TERMINATORS.lastIndex = 0;
  for (let t = TERMINATORS.exec(s); t !== null; t = TERMINATORS.exec(s)) {
    const i = t.index;
    const c = s.charCodeAt(i);
    let j = i + 1;
    if (j < n && isTerm(s.charCodeAt(j))) return null;
    while (j < n && isClose(s.charCodeAt(j))) j++;
    if (j === n) continue;
    const next = s.charCodeAt(j);
    if (next !== 32) {
      if (c !== 46 || j !== i + 1) return null;
      if (isDigit(next) || isLower(next)) continue;
      if (isUpper(next) && i > 0 && (isUpper(s.charCodeAt(i - 1)) || isLower(s.charCodeAt(i - 1)))) continue;
      return null;
    }
    let m = j;
    while (m < n && s.charCodeAt(m) === 32) m++;
    if (m === n) continue;
    let k = m;
    while (k < n && isClose(s.charCodeAt(k))) k++;
    if (k === n) return null;
    const letter = s.charCodeAt(k);
    if (isUpper(letter)) breaks.push(m);
    else if (isLower(letter)) {
      if (c !== 46) breaks.push(m);
    } else return null;
  }
  return breaks;
}

/**
 * Sentences of `text[from, to)`, offsets into `text`. Runs per paragraph: a sentence never crosses a
 * paragraph, and a quotation that spans sentences is left to findQuotes, which reads whole paragraphs.
 */
export function segmentSentences(text: string, from = 0, to = text.length): SentenceRange[] {
  const slice = text.slice(from, to);
  if (!POSSIBLE_BREAK.test(slice)) {
    const only = trimmed(text, from, to);
    return only ? [only] : [];
  }
  const pieces: Array<{ start: number; end: number }> = [];
  const add = (start: number, end: number): void => {
    const last = pieces[pieces.length - 1];
    if (last) {
      // The previous piece's tail, trimmed (as continues() reads it). continues() opens with the
      // mayBeAbbreviation gate, which most pieces fail: testing it in place spares both copies.
      const from = Math.max(last.start, last.end - 48);
      let to = last.end;
      while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
      if (mayBeAbbreviationIn(text, from, to) && continues(text.slice(from, to), text.slice(start, end).trimStart())) {
        last.end = end;
        return;
      }
    }
    pieces.push({ start, end });
  };
  const breaks = quickSentenceBreaks(slice);
  if (breaks === null) {
    segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
    for (const seg of segmenter.segment(slice)) add(from + seg.index, from + seg.index + seg.segment.length);
  } else {
    let start = 0;
    for (const b of breaks) {
      add(from + start, from + b);
      start = b;
    }
    if (start < slice.length) add(from + start, to);
  }
  const out: SentenceRange[] = [];
  for (const p of pieces) {
    const s = trimmed(text, p.start, p.end);
    if (s) out.push(s);
  }
  return out;
}
