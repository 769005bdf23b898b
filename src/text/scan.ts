/**
 * The raw token scanner of tokenize.ts, by character codes. It reproduces exactly
 *   /(\p{L}\.(?:\p{L}\.)+)|(\d+(?:[.,:]\d+)*(?:\p{L}+)?)|(\p{L}[\p{L}\p{M}\p{N}]*(?:['\u2019]\p{L}+)*)|(\S)/gu
 * run from a position (test/src/text/scan.test.ts holds the two together): the regex cost a match array
 * and a Unicode-class test per character, the scanner decides ASCII by a table lookup and asks a regex
 * only about non-ASCII code points (memoised per code point).
 */

/**
 * initialism: letters with dots ("U.S.", "a.m."); number: digits with inner , . : groups and a letter
 * suffix ("1,200", "3.5", "9am"); word: a letter, then letters, marks, digits and apostrophe-joined letters
 * ("don't", "Zelenskyy"); mark: any other non-space code point; none: nothing left before `to`.
 * String literals rather than exported numbers: they compile to constants at the caller (tsx turns every
 * imported binding into a getter call, measurable on a per-token path).
 */
export type RawKind = 'initialism' | 'number' | 'word' | 'mark' | 'none';

/** Where scanRaw leaves the range of the token it found: one object per caller, reused for every token. */
export interface ScanRange {
  start: number;
  end: number;
}

const LETTER = 1;
const WORDISH = 2; // \p{L}, \p{M} or \p{N}
const DIGIT = 4;
const SPACE = 8;

const ascii = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ascii[c] = LETTER | WORDISH;
  else if (c >= 48 && c <= 57) ascii[c] = DIGIT | WORDISH;
  else if (c === 32 || (c >= 9 && c <= 13)) ascii[c] = SPACE;
}

const L = /^\p{L}$/u;
const LMN = /^[\p{L}\p{M}\p{N}]$/u;
const S = /^\s$/u;
const wide = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 128) return ascii[cp];
  let f = wide.get(cp);
  if (f === undefined) {
    const ch = String.fromCodePoint(cp);
    f = (L.test(ch) ? LETTER : 0) | (LMN.test(ch) ? WORDISH : 0) | (S.test(ch) ? SPACE : 0);
    wide.set(cp, f);
  }
  return f;
}

/** Code point at p, not reading past `to` (a pair cut by `to` is a lone surrogate, as in the sliced regex). */
function codePoint(text: string, p: number, to: number): number {
  const c = text.charCodeAt(p);
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < to) {
    const d = text.charCodeAt(p + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** End of a run of letters (\p{L}) starting at p (p itself when none), not reading past `to`. */
export function lettersFrom(text: string, p: number, to: number): number {
  while (p < to) {
    const cp = codePoint(text, p, to);
    if ((classOf(cp) & LETTER) === 0) break;
    p += width(cp);
  }
  return p;
}

function isDigitAt(text: string, p: number, to: number): boolean {
  if (p >= to) return false;
  const c = text.charCodeAt(p);
  return c >= 48 && c <= 57;
}

/**
 * The first raw token of `text` at or after `p` and before `to`: returns its kind
 * ('none' at the end) and leaves its range in `scanned`.
 */
export function scanRaw(text: string, p: number, to: number, scanned: ScanRange): RawKind {
  while (p < to) {
    const cp = codePoint(text, p, to);
    const w = width(cp);
    const f = classOf(cp);
    if (f & SPACE) {
      p += w;
      continue;
    }
    scanned.start = p;
    if (f & LETTER) {
      // Initialism: letter, dot, then one or more further letter-dot pairs (greedy, whole pairs only).
      let q = p + w;
      if (q < to && text.charCodeAt(q) === 46) {
        let end = -1;
        let r = q + 1;
        while (r < to) {
          const c2 = codePoint(text, r, to);
          if ((classOf(c2) & LETTER) === 0) break;
          const after = r + width(c2);
          if (after >= to || text.charCodeAt(after) !== 46) break;
          r = after + 1;
          end = r;
        }
        if (end > 0) {
          scanned.end = end;
          return 'initialism';
        }
      }
      // Word: letters, marks and digits, then apostrophe-joined letter runs.
      while (q < to) {
        const c2 = codePoint(text, q, to);
        if ((classOf(c2) & WORDISH) === 0) break;
        q += width(c2);
      }
      while (q + 1 < to) {
        const c = text.charCodeAt(q);
        if (c !== 39 && c !== 0x2019) break;
        const r = lettersFrom(text, q + 1, to);
        if (r === q + 1) break;
        q = r;
      }
      scanned.end = q;
      return 'word';
    }
    if (f & DIGIT) {
      let q = p + 1;
      while (isDigitAt(text, q, to)) q++;
      for (;;) {
        const c = q < to ? text.charCodeAt(q) : -1;
        if ((c !== 46 && c !== 44 && c !== 58) || !isDigitAt(text, q + 1, to)) break;
        q += 2;
        while (isDigitAt(text, q, to)) q++;
      }
      scanned.end = lettersFrom(text, q, to);
      return 'number';
    }
    scanned.end = p + w;
    return 'mark';
  }
  return 'none';
}
