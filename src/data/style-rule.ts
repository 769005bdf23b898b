import type { CosmeticKind } from '../comparison';
import type { DialectPair } from './vocabulary';
import rules from './style-rules.json';
import { spellingByGb, spellingByUs } from './spelling';
import { spellingSubtype } from './spelling-subtype';
import { translitCanon } from './names';
import { HONORIFICS, TITLES, monthNumber, numberWordValue } from './words';

// Explanations only: every sentence in style-rules.json is backed by the house-style table of
// docs/wording-differences.md §4, and nothing here decides a kind or names an outlet from the text.

const ALLCAPS = /^\p{Lu}{2,}$/u;
const TITLECASE = /^\p{Lu}\p{Ll}+$/u;

function norm(s: string): string {
  return s.trim().toLowerCase();
}

function caseRule(a: string, b: string): string {
  const x = a.trim();
  const y = b.trim();
  const acronym = (ALLCAPS.test(x) && TITLECASE.test(y)) || (ALLCAPS.test(y) && TITLECASE.test(x));
  return acronym ? rules.case.acronym : rules.case.capitalisation;
}

function spellingRule(a: string, b: string): string {
  const x = norm(a);
  const y = norm(b);
  const pair = spellingByUs(x) ?? spellingByUs(y) ?? spellingByGb(x) ?? spellingByGb(y);
  // Unknown to VarCon (the engine's -ize fallback): keep the caller's order, first side as American.
  const [us, gb] = pair ? [pair.us, pair.gb] : [x, y];
  const line = rules.spelling[spellingSubtype(us, gb)].replace('{pair}', `${us}/${gb}`);
  return pair?.usageDependent ? line + rules.spelling.usageDependent : line;
}

function transliterationRule(a: string, b: string): string {
  const canon = translitCanon(norm(a)) ?? translitCanon(norm(b));
  const specific = canon !== undefined ? (rules.transliteration as Record<string, string>)[canon] : undefined;
  return specific ?? rules.transliteration.generic.replace('{pair}', `${a.trim()}/${b.trim()}`);
}

function abbreviationRule(a: string, b: string): string {
  const dotless = norm(a).replace(/\./g, '') || norm(b).replace(/\./g, '');
  if (/^(us|uk|un|eu|usa)$/.test(dotless)) return rules.abbreviation.country;
  if (/^\d*\s*(am|pm)$/.test(dotless)) return rules.abbreviation.time;
  // "J.K." / "JK": two or three capital initials.
  if (/^(\p{Lu}\.?){2,3}$/u.test(a.trim()) && /^(\p{Lu}\.?){2,3}$/u.test(b.trim()) && /^[a-z]{2,3}$/.test(dotless)) {
    return rules.abbreviation.initials;
  }
  return rules.abbreviation.generic;
}

function firstWord(s: string): string {
  return norm(s).split(/\s+/)[0]?.replace(/\.$/, '') ?? '';
}

function honorificRule(a: string, b: string): string {
  const x = firstWord(a);
  const y = firstWord(b);
  if (['sir', 'dame', 'lord', 'lady'].includes(x) || ['sir', 'dame', 'lord', 'lady'].includes(y)) {
    return rules.honorific.peerage;
  }
  if ((TITLES.has(x) && HONORIFICS.has(y)) || (TITLES.has(y) && HONORIFICS.has(x))) return rules.honorific.titleSwap;
  return rules.honorific.courtesy;
}

function numberRule(a: string, b: string): string {
  const both = `${a} ${b}`.toLowerCase();
  const tokens = both.split(/[^\p{L}\p{N}%£$€.]+/u).filter(Boolean);
  if (/%|per\s?cent/.test(both)) return rules.number.percent;
  if (/[£$€]|\b\d+(\.\d+)?\s?(m|bn|million|billion|trillion)\b/.test(both)) return rules.number.money;
  if (/\d\s?(a\.?m\.?|p\.?m\.?)(\s|$)|\b\d{1,2}[:.]\d\d\b/.test(both)) return rules.number.time;
  if (tokens.some((t) => monthNumber(t) !== undefined && !/^(may|march)$/.test(t))) return rules.number.date;
  if (tokens.some((t) => /^(may|march)$/.test(t)) && /\b([1-9]|[12]\d|3[01])(st|nd|rd|th)?\b/.test(both)) {
    return rules.number.date;
  }
  if (tokens.some((t) => numberWordValue(t) !== undefined) && /\d/.test(both)) return rules.number.words;
  return rules.number.generic;
}

function punctuationRule(a: string, b: string): string {
  const strip = (s: string) => s.replace(/[-‐‑–—\s]/g, '');
  if ((a.includes('-') || b.includes('-')) && strip(a).toLowerCase() === strip(b).toLowerCase()) {
    return rules.punctuation.hyphen;
  }
  if (/["'“”‘’«»]/.test(a + b)) {
    const q = (s: string) => s.replace(/["'“”‘’«»]/g, '"');
    if (q(a) === q(b)) return rules.punctuation.quotes;
  }
  return rules.punctuation.generic;
}

/**
 * The rule a dialect-vocabulary wording difference carries: not a house-style rule (the finding stays
 * meaningful), but the same kind of one-line explanation, from the same file.
 */
export function dialectRule(pair: DialectPair): string {
  return rules.wording.dialect.replace('{us}', pair.us).replace('{gb}', pair.gb);
}

export function styleRule(kind: CosmeticKind, a: string, b: string): string {
  switch (kind) {
    case 'case':
      return caseRule(a, b);
    case 'spelling':
      return spellingRule(a, b);
    case 'transliteration':
      return transliterationRule(a, b);
    case 'abbreviation':
      return abbreviationRule(a, b);
    case 'honorific':
      return honorificRule(a, b);
    case 'possessive':
      return rules.possessive.generic;
    case 'number':
      return numberRule(a, b);
    case 'punctuation':
      return punctuationRule(a, b);
  }
}
