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
  const end = prev.length - 1;
  if (end < 1 || prev.charCodeAt(end) !== 46) return false;
  let i = end - 1;
  while (i >= 0 && isAsciiLetter(prev.charCodeAt(i))) i--;
  const word = prev.slice(i + 1, end);
  if (word.length === 0) return i >= 0 && prev.charCodeAt(i) > 0x7f;
  if (word.length === 1 || (i >= 0 && (prev.charCodeAt(i) === 46 || prev.charCodeAt(i) > 0x7f))) return true;
  const lower = word.toLowerCase();
  return NON_TERMINAL_ABBREVIATIONS.has(lower) || AMBIGUOUS_ABBREVIATIONS.has(lower);
}

function trimmed(text: string, start: number, end: number): SentenceRange | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
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
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const pieces: Array<{ start: number; end: number }> = [];
  for (const seg of segmenter.segment(slice)) {
    const start = from + seg.index;
    const end = start + seg.segment.length;
    const last = pieces[pieces.length - 1];
    if (last && continues(text.slice(Math.max(last.start, last.end - 48), last.end).trimEnd(), seg.segment.trimStart())) last.end = end;
    else pieces.push({ start, end });
  }
  const out: SentenceRange[] = [];
  for (const p of pieces) {
    const s = trimmed(text, p.start, p.end);
    if (s) out.push(s);
  }
  return out;
}
