// Per-token normalisation, in the order of wording-differences.md §2 (steps 1–4 here; the multi-token
// rewrites of step 5 and the dictionary steps 6–7 live in tokenize.ts, which knows the neighbours).

const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`]/g;
const DOUBLE_QUOTE = /^[\u201c\u201d\u201e\u00ab\u00bb\u2033"]$/;
const COMBINING = /\p{M}+/gu;
// Pure ASCII needs neither NFKC nor diacritic stripping: skipping them keeps tokenising near 1 µs/token.
const NON_ASCII = /[^ -~\s]/;

/** Steps 1–4 for one word: NFKC, straight apostrophes, dots of abbreviations removed, diacritics stripped, case folded. */
export function foldWord(text: string): string {
  let s = text;
  if (NON_ASCII.test(s)) {
    s = s.normalize('NFKC').replace(APOSTROPHES, "'").normalize('NFD').replace(COMBINING, '').normalize('NFC');
  }
  if (s.includes('.')) s = s.replace(/\./g, '');
  return s.toLowerCase();
}

/** Key of a punctuation mark: curly and straight quotes, and the dashes, are style variants of one mark. */
export function punctKey(mark: string): string {
  // Plain ASCII marks other than the quotes and the backtick are their own key (most punctuation).
  const c = mark.charCodeAt(0);
  if (mark.length === 1 && c < 0x7f && c !== 0x22 && c !== 0x27 && c !== 0x60) return mark;
  if (DOUBLE_QUOTE.test(mark)) return '"';
  if (mark === "'" || /^[\u2018\u2019\u02bc`]$/.test(mark)) return "'";
  if (/^[\u2014\u2013\u2012\u2015]$/.test(mark)) return '\u2014';
  if (mark === '\u2026') return '...';
  return mark.normalize('NFKC');
}

/** True for text made of letters and apostrophes only, with its first letter uppercase. */
export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** ALLCAPS word of at least `min` letters (dots ignored): NATO, U.K. */
export function isAllCaps(text: string, min = 2): boolean {
  const letters = text.replace(/[.'\u2019]/g, '');
  return letters.length >= min && /^\p{Lu}+$/u.test(letters);
}

/** Title case word: Nato, Unesco. */
export function isTitleCase(text: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(text.replace(/[.]/g, ''));
}
