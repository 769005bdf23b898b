import words from './words.json';

export const HONORIFICS: ReadonlySet<string> = new Set(words.honorifics);
export const TITLES: ReadonlySet<string> = new Set(words.titles);
export const WEEKDAYS: ReadonlySet<string> = new Set(words.weekdays);
export const RELATIVE_DAYS: ReadonlySet<string> = new Set(words.relativeDays);
export const NEGATIONS: ReadonlySet<string> = new Set(words.negations);
export const MODALS: ReadonlySet<string> = new Set(words.modals);
export const HEDGES: ReadonlySet<string> = new Set(words.hedges);
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set(words.attributionVerbs);
export const STOPWORDS: ReadonlySet<string> = new Set(words.stopwords);
export const CONTRACTIONS: ReadonlySet<string> = new Set(words.contractions);
export const MEANING_BEARING_CASE: ReadonlySet<string> = new Set(words.meaningBearingCase);
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(words.nonTerminalAbbreviations);
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set(words.ambiguousAbbreviations);
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(words.sentenceOpeners);

const numberWords = new Map<string, number>(Object.entries(words.numberWords));
const months = new Map<string, number>(Object.entries(words.months));

export function numberWordValue(lower: string): number | undefined {
  return numberWords.get(lower);
}

export function monthNumber(lowerMaybeDotless: string): number | undefined {
  // AP writes "Sept." and "Feb.": callers may pass the token with its dot.
  const key = lowerMaybeDotless.endsWith('.') ? lowerMaybeDotless.slice(0, -1) : lowerMaybeDotless;
  return months.get(key);
}
