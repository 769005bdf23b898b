import {
  AMBIGUOUS_ABBREVIATIONS,
  CONTRACTIONS,
  NON_TERMINAL_ABBREVIATIONS,
  monthNumber,
  numberWordValue,
  spellingCanon,
  translitCanon,
} from '../data/lexicon';
import { foldWord, punctKey } from './normalize';
import { scanRaw } from './scan';
import type { ScanRange } from './scan';

/**
 * word: letters (with inner apostrophes and, for abbreviations, dots); number: digits (with inner , . :
 * and a unit suffix like 9am, 26th); clitic: the possessive 's split off its noun; compound: several raw
 * tokens rewritten into one canonical key (dates, percentages, times, money); punct: one mark.
 */
export type TokenType = 'word' | 'number' | 'punct' | 'clitic' | 'compound';

export interface Token {
  /** Exactly `source.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Normalised key: equal keys mean "the same word in another house style". */
  key: string;
  type: TokenType;
}

/** A token placed in an article: which paragraph and sentence it belongs to (-1 when unplaced). */
export interface PlacedToken extends Token {
  paragraph: number;
  sentence: number;
}

// Every token is built here with all seven fields, so V8 keeps one object shape for all of them: placing
// tokens later would add properties to each object (a shape change and a second allocation per token).
function token(text: string, start: number, end: number, key: string, type: TokenType): PlacedToken {
  return { text, start, end, key, type, paragraph: -1, sentence: -1 };
}

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const LOWERCASE_ABBREVIATIONS = new Set(['vs', 'v', 'approx']);
const ORDINAL_SUFFIX = /^(\d+)(?:st|nd|rd|th)$/i;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;

const keyCache = new Map<string, string>();
const foreignKeyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

/**
 * Key of a single word: folded (§2 steps 1–4), number words as digits, then spelling and transliteration
 * canons. `english: false` keeps only what holds in any Latin-script language (folding, transliterated
 * names): English number words and the US/UK spelling table would invent variants in German or Spanish
 * ("one", "color" are words there too).
 */
export function wordKey(text: string, english = true): string {
  const cache = english ? keyCache : foreignKeyCache;
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const folded = foldWord(text);
  let key: string;
  if (english) {
    const value = numberWordValue(folded);
    key = value !== undefined ? String(value) : (translitCanon(folded) ?? spellingCanon(folded));
  } else {
    key = translitCanon(folded) ?? folded;
  }
  if (cache.size >= KEY_CACHE_LIMIT) cache.clear();
  cache.set(text, key);
  return key;
}

function numberKey(text: string): string {
  // Ending in a digit: no ordinal suffix and nothing to lowercase; only "1,000" style grouping to undo.
  const last = text.charCodeAt(text.length - 1);
  if (last >= 48 && last <= 57) return text.includes(',') && THOUSANDS.test(text) ? text.replace(/,/g, '') : text;
  const ordinal = ORDINAL_SUFFIX.exec(text);
  if (ordinal) return ordinal[1];
  return THOUSANDS.test(text) ? text.replace(/,/g, '') : text.toLowerCase();
}

function qualifiesForDot(word: string, before: Token | undefined, after: string): boolean {
  const lower = word.toLowerCase();
  if (lower === 'am' || lower === 'pm') return before?.type === 'number';
  if (lower === 'no') return /^\s*\d/.test(after);
  if (NON_TERMINAL_ABBREVIATIONS.has(lower) || AMBIGUOUS_ABBREVIATIONS.has(lower)) {
    return /^\p{Lu}/u.test(word) || LOWERCASE_ABBREVIATIONS.has(lower);
  }
  // A middle initial ("John F. Kennedy"): one capital letter before a capitalised word.
  return /^\p{Lu}$/u.test(word) && /^\s+\p{Lu}/u.test(after);
}

// rawTokens never re-enters itself, so one range object serves every call.
const cursor: ScanRange = { start: 0, end: 0 };

function rawTokens(text: string, from: number, to: number, english: boolean): PlacedToken[] {
  const out: PlacedToken[] = [];
  const scanned = cursor;
  for (let kind = scanRaw(text, from, to, scanned); kind !== 'none'; kind = scanRaw(text, scanned.end, to, scanned)) {
    const start = scanned.start;
    let end = scanned.end;
    const raw = text.slice(start, end);
    if (kind === 'initialism') {
      out.push(token(raw, start, end, foldWord(raw), 'word'));
    } else if (kind === 'number') {
      out.push(token(raw, start, end, numberKey(raw), 'number'));
    } else if (kind === 'word') {
      const word = raw;
      if (end < to && text.charCodeAt(end) === 46 && qualifiesForDot(word, out[out.length - 1], text.slice(end + 1, Math.min(end + 4, to)))) {
        end += 1;
        scanned.end = end;
        out.push(token(word + '.', start, end, wordKey(word, english), 'word'));
        continue;
      }
      const clitic = (word.endsWith('s') || word.endsWith('S')) && (word.includes("'") || word.includes('\u2019')) ? /^(.*\p{L})(['\u2019][sS])$/u.exec(word) : null;
      if (clitic && !CONTRACTIONS.has(foldWord(word))) {
        const split = start + clitic[1].length;
        out.push(token(clitic[1], start, split, wordKey(clitic[1], english), 'word'));
        out.push(token(clitic[2], split, end, "'s", 'clitic'));
        continue;
      }
      out.push(token(word, start, end, wordKey(word, english), 'word'));
    } else {
      out.push(token(raw, start, end, punctKey(raw), 'punct'));
    }
  }
  return out;
}

/** A sentence-final abbreviation ("to the U.S.") also carries the full stop: give the stop its own token. */
function splitFinalDot(tokens: PlacedToken[]): void {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i].type === 'punct' && CLOSERS.has(tokens[i].text)) i--;
  const last = tokens[i];
  if (!last || last.type !== 'word' || !last.text.endsWith('.') || last.text.length < 2) return;
  const word = last.text.slice(0, -1);
  tokens.splice(i, 1,
    token(word, last.start, last.end - 1, last.key, 'word'),
    token('.', last.end - 1, last.end, '.', 'punct'));
}

function dayOf(token: Token | undefined): number | undefined {
  if (!token || token.type !== 'number') return undefined;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(token.text);
  const day = m ? Number(m[1]) : NaN;
  return day >= 1 && day <= 31 ? day : undefined;
}

// Months count only when capitalised and next to a day ("May" and "March" are words otherwise).
function monthOf(token: Token | undefined): number | undefined {
  if (!token || token.type !== 'word' || token.text.length < 3 || !/^\p{Lu}/u.test(token.text)) return undefined;
  return monthNumber(token.key.replace(/\.$/, ''));
}

function yearOf(token: Token | undefined): number | undefined {
  return token && token.type === 'number' && /^(1[89]|20)\d\d$/.test(token.text) ? Number(token.text) : undefined;
}

function numericValue(token: Token | undefined): number | undefined {
  if (!token) return undefined;
  if (token.type === 'number' && /^\d+(?:\.\d+)?$/.test(token.key)) return Number(token.key);
  if (token.type === 'word' && /^\d+$/.test(token.key)) return Number(token.key);
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9, trillion: 1e12, tn: 1e12 };
const CURRENCIES: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR' };

interface Rewrite {
  length: number;
  key: string;
}

/** §2 step 5: the multi-token rewrite starting at tokens[i], if any. */
function rewriteAt(tokens: readonly Token[], i: number): Rewrite | undefined {
  const t = tokens[i];
  // Month day [, year]: "Feb. 26", "February 26th, 2024".
  const month = monthOf(t);
  if (month !== undefined) {
    const day = dayOf(tokens[i + 1]);
    if (day !== undefined) {
      const comma = tokens[i + 2]?.text === ',' ? 1 : 0;
      const year = yearOf(tokens[i + 2 + comma]);
      return year !== undefined
        ? { length: 3 + comma, key: `DATE:${year}-${pad(month)}-${pad(day)}` }
        : { length: 2, key: `DATE:${pad(month)}-${pad(day)}` };
    }
  }
  // Day month [year]: "26 February 2024".
  const day = dayOf(t);
  if (day !== undefined) {
    const m2 = monthOf(tokens[i + 1]);
    if (m2 !== undefined) {
      const year = yearOf(tokens[i + 2]);
      return year !== undefined
        ? { length: 3, key: `DATE:${year}-${pad(m2)}-${pad(day)}` }
        : { length: 2, key: `DATE:${pad(m2)}-${pad(day)}` };
    }
  }
  // Time: "9am", "9 a.m.", "9:30 pm".
  if (t.type === 'number') {
    const glued = /^(\d{1,2})(?::(\d\d))?(am|pm)$/i.exec(t.text);
    if (glued) return { length: 1, key: timeKey(glued[1], glued[2], glued[3]) };
    const hm = /^(\d{1,2})(?::(\d\d))?$/.exec(t.text);
    const next = tokens[i + 1];
    if (hm && next && next.type === 'word' && (next.key === 'am' || next.key === 'pm')) {
      return { length: 2, key: timeKey(hm[1], hm[2], next.key) };
    }
  }
  // Percent: "68%", "68 percent", "68 per cent", "twenty per cent".
  const value = numericValue(t);
  if (value !== undefined) {
    const n1 = tokens[i + 1];
    if (n1?.text === '%' || n1?.key === 'percent' || n1?.key === 'pct') return { length: 2, key: `PCT:${value}` };
    if (n1?.key === 'per' && tokens[i + 2]?.key === 'cent') return { length: 3, key: `PCT:${value}` };
  }
  // Money: "$1bn", "$1 billion", "£5m".
  const currency = CURRENCIES[t.text];
  const amount = tokens[i + 1];
  if (currency && amount?.type === 'number') {
    const glued = /^(\d+(?:\.\d+)?)(k|m|mn|bn|tn)$/i.exec(amount.text);
    if (glued) return { length: 2, key: `MONEY:${currency}:${Number(glued[1]) * MULTIPLIERS[glued[2].toLowerCase()]}` };
    const base = Number(amount.key);
    if (Number.isFinite(base)) {
      const mult = MULTIPLIERS[tokens[i + 2]?.text.toLowerCase() ?? ''];
      return mult !== undefined && tokens[i + 2].type === 'word'
        ? { length: 3, key: `MONEY:${currency}:${base * mult}` }
        : { length: 2, key: `MONEY:${currency}:${base}` };
    }
  }
  return undefined;
}

function timeKey(hour: string, minutes: string | undefined, half: string): string {
  let h = Number(hour) % 12;
  if (half.toLowerCase() === 'pm') h += 12;
  return `TIME:${pad(h)}:${minutes ?? '00'}`;
}

/**
 * Only numbers, capitalised month names, number words and currency signs can open a multi-token rewrite:
 * a cheap test on the key skips rewriteAt (and its regexes) for the nine tokens in ten that are plain words.
 */
function mayRewrite(t: Token): boolean {
  if (t.type === 'number') return true;
  if (t.type === 'punct') return CURRENCIES[t.text] !== undefined;
  if (t.type !== 'word') return false;
  const c = t.key.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  // A month opens a date only when capitalised (monthOf): a word starting a–z never does.
  const first = t.text.charCodeAt(0);
  return !(first >= 97 && first <= 122) && monthNumber(t.key) !== undefined;
}

/**
 * Tokens of `text[from, to)` with offsets into `text` and normalised keys, placed in `paragraph` and
 * `sentence`. Whitespace is never a token, so the gaps between consecutive tokens are whitespace only:
 * tokens plus gaps rebuild the text exactly. `to` is treated as a sentence end (a final abbreviation dot
 * becomes its own full stop).
 */
export function tokenizePlaced(text: string, from: number, to: number, paragraph: number, sentence: number, english = true): PlacedToken[] {
  const raw = rawTokens(text, from, to, english);
  splitFinalDot(raw);
  // Most sentences hold no date, time, percentage or sum: then the raw tokens are the tokens.
  let first = 0;
  while (first < raw.length && !(mayRewrite(raw[first]) && rewriteAt(raw, first) !== undefined)) first++;
  if (first === raw.length) {
    for (const t of raw) {
      t.paragraph = paragraph;
      t.sentence = sentence;
    }
    return raw;
  }
  const out: PlacedToken[] = [];
  for (let i = 0; i < raw.length; ) {
    const rewrite = mayRewrite(raw[i]) ? rewriteAt(raw, i) : undefined;
    let t: PlacedToken;
    if (rewrite) {
      const start = raw[i].start;
      const end = raw[i + rewrite.length - 1].end;
      t = token(text.slice(start, end), start, end, rewrite.key, 'compound');
      i += rewrite.length;
    } else {
      t = raw[i];
      i++;
    }
    t.paragraph = paragraph;
    t.sentence = sentence;
    out.push(t);
  }
  return out;
}

/** Tokens of `text[from, to)`, unplaced (see tokenizePlaced). */
export function tokenize(text: string, from = 0, to = text.length, english = true): Token[] {
  return tokenizePlaced(text, from, to, -1, -1, english);
}
