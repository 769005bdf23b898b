import type { DifferenceKind } from '../comparison';
import { MEANING_BEARING_CASE, isStyledAcronym, spellingByGb, spellingByUs, spellingSubtype, translitCanon } from '../data/lexicon';
import { foldWord, isAllCaps, isTitleCase } from '../text/normalize';
import type { Token } from '../text/tokenize';

export interface Verdict {
  kind: DifferenceKind;
  confidence: number;
  detail?: string;
}

const COMPOUND_DETAIL: Record<string, string> = { DATE: 'date', PCT: 'percent', TIME: 'time', MONEY: 'money' };
const straight = (s: string): string => s.replace(/[\u2018\u2019\u02bc`]/g, "'");
const undotted = (s: string): string => s.replace(/\./g, '');
const unaccented = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');

/**
 * Which house-style rule made two key-equal tokens equal, checked in the order of the normalisation
 * (§2): typography, dots, diacritics, case, numbers, spelling, transliteration. Returns null when the
 * difference should not be reported (identical text, or a case change at a sentence start).
 */
export function classifyKeyEqual(a: Token, b: Token, atSentenceStart: boolean): Verdict | null {
  if (a.text === b.text) return null;
  // The verdict depends on nothing but these seven values, and an article pair repeats the same few
  // style pairs (NATO/Nato, defense/defence) many times: decide each distinct one once.
  const id = `${a.type}\u0001${a.key}\u0001${a.text}\u0001${b.type}\u0001${b.key}\u0001${b.text}\u0001${atSentenceStart ? 1 : 0}`;
  const cached = verdicts.get(id);
  if (cached !== undefined) return cached;
  const v = decideKeyEqual(a, b, atSentenceStart);
  if (verdicts.size >= VERDICT_CACHE_LIMIT) verdicts.clear();
  verdicts.set(id, v);
  return v;
}

// Shared verdict objects: callers copy their fields and never write to them.
const verdicts = new Map<string, Verdict | null>();
const VERDICT_CACHE_LIMIT = 20_000;

function decideKeyEqual(a: Token, b: Token, atSentenceStart: boolean): Verdict | null {
  // Different keys paired by the diff: only the group-local -ize/-ise fallback does that (group-diff.ts).
  if (a.key !== b.key) return { kind: 'spelling', confidence: 0.6, detail: 'ize-ise' };
  if (a.type === 'compound' || b.type === 'compound') {
    return { kind: 'number', confidence: 0.95, detail: COMPOUND_DETAIL[a.key.split(':')[0]] ?? 'number' };
  }
  if (a.type === 'punct' || a.type === 'clitic') {
    const detail = a.type === 'clitic' ? 'apostrophe' : /["'\u201c\u201d\u2018\u2019]/.test(a.text + b.text) ? 'quotes' : 'dash';
    return { kind: 'punctuation', confidence: 0.95, detail };
  }
  const sa = straight(a.text);
  const sb = straight(b.text);
  if (sa === sb) return { kind: 'punctuation', confidence: 0.95, detail: 'apostrophe' };
  if (undotted(sa) === undotted(sb)) {
    return { kind: 'abbreviation', confidence: 0.95, detail: /\..*\./.test(sa) || /\..*\./.test(sb) ? 'initialism' : 'dot' };
  }
  const ua = unaccented(undotted(sa));
  const ub = unaccented(undotted(sb));
  if (ua === ub) return { kind: 'spelling', confidence: 0.8, detail: 'diacritics' };
  if (ua.toLowerCase() === ub.toLowerCase()) {
    const lower = ua.toLowerCase();
    const acronymStyle = (isAllCaps(ua, 3) && isTitleCase(ub)) || (isAllCaps(ub, 3) && isTitleCase(ua));
    if (acronymStyle) return { kind: 'case', confidence: isStyledAcronym(lower) ? 0.95 : 0.75, detail: 'acronym' };
    // "AIDS"/"aids", "US"/"us": a lowercase side is another word, not acronym styling.
    if (isAllCaps(ua, 2) || isAllCaps(ub, 2)) return { kind: 'wording', confidence: 0.5, detail: 'acronym-or-word' };
    if (atSentenceStart) return null;
    if (MEANING_BEARING_CASE.has(lower)) return { kind: 'wording', confidence: 0.4, detail: 'meaning-bearing-case' };
    return { kind: 'case', confidence: 0.85, detail: 'capitalisation' };
  }
  if (a.type === 'number' || b.type === 'number' || /^\d+$/.test(a.key)) return { kind: 'number', confidence: 0.9, detail: 'number' };
  const fa = foldWord(a.text);
  const fb = foldWord(b.text);
  const translit = translitCanon(fa);
  if (translit !== undefined && translit === translitCanon(fb)) return { kind: 'transliteration', confidence: 0.95, detail: 'curated' };
  const pair = spellingByUs(fa) ?? spellingByUs(fb) ?? spellingByGb(fa) ?? spellingByGb(fb);
  if (pair) {
    return { kind: 'spelling', confidence: pair.usageDependent ? 0.5 : 0.9, detail: spellingSubtype(pair.us, pair.gb) };
  }
  return { kind: 'spelling', confidence: 0.6 };
}
