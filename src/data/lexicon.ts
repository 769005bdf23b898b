// The contract between the language data and the engine: every table the engine consults is reached
// through this module. Lookups take lowercase input without trailing dots unless stated; all are pure
// and synchronous (the tables are JSON bundled with the engine, indexed once at import).
export type { SpellingPair } from './spelling';
export { spellingByUs, spellingByGb, spellingCanon, spellingPairCount } from './spelling';
export type { SpellingSubtype } from './spelling-subtype';
export { spellingSubtype } from './spelling-subtype';
export { formalGivenName } from './given-names';
export { translitCanon, isStyledAcronym, countryOfDemonym, isKnownPlace, countryCanon } from './names';
export {
  HONORIFICS,
  TITLES,
  numberWordValue,
  monthNumber,
  WEEKDAYS,
  RELATIVE_DAYS,
  NEGATIONS,
  MODALS,
  HEDGES,
  ATTRIBUTION_VERBS,
  STOPWORDS,
  CONTRACTIONS,
  MEANING_BEARING_CASE,
  NON_TERMINAL_ABBREVIATIONS,
  AMBIGUOUS_ABBREVIATIONS,
  SENTENCE_OPENERS,
} from './words';
export { styleRule, dialectRule } from './style-rule';
export type { DialectMatch, DialectPair } from './vocabulary';
export { dialectPair, DIALECT_MAX_WORDS } from './vocabulary';
