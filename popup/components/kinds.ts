// How each difference kind looks. Colour alone never carries the meaning: every kind also has a glyph and
// an underline style (dotted for house style, solid for wording, double for facts, wavy for quotes), so a
// colour-blind reader and a greyscale printout still tell them apart.
// From the contract module itself, not src/index: the barrel would pull the whole engine into the popup.
import { COSMETIC_KINDS, type DifferenceKind, type Variant } from '../../src/comparison';
import type { MessageKey } from '../i18n';

export interface KindLook {
  glyph: string;
  label: MessageKey;
  /** One line on what the kind means, for the legend. */
  means: MessageKey;
}

export const KIND_LOOK: Record<DifferenceKind, KindLook> = {
  case: { glyph: 'Aa', label: 'kindCase', means: 'kindCaseMeans' },
  spelling: { glyph: 'ab', label: 'kindSpelling', means: 'kindSpellingMeans' },
  transliteration: { glyph: '⇄', label: 'kindTransliteration', means: 'kindTransliterationMeans' },
  abbreviation: { glyph: 'U.', label: 'kindAbbreviation', means: 'kindAbbreviationMeans' },
  honorific: { glyph: 'Mr', label: 'kindHonorific', means: 'kindHonorificMeans' },
  possessive: { glyph: '’s', label: 'kindPossessive', means: 'kindPossessiveMeans' },
  number: { glyph: '#', label: 'kindNumber', means: 'kindNumberMeans' },
  punctuation: { glyph: ',', label: 'kindPunctuation', means: 'kindPunctuationMeans' },
  quote: { glyph: '❝', label: 'kindQuote', means: 'kindQuoteMeans' },
  wording: { glyph: '≠', label: 'kindWording', means: 'kindWordingMeans' },
  substantive: { glyph: '±', label: 'kindSubstantive', means: 'kindSubstantiveMeans' },
};

export const isCosmeticKind = (kind: string): boolean => (COSMETIC_KINDS as readonly string[]).includes(kind);

/** Punctuation pairs ("∅ → ,") tell the reader least: listed after every other house style, order kept. */
export const tellingFirst = (variants: Variant[]): Variant[] => [...variants.filter((v) => v.kind !== 'punctuation'), ...variants.filter((v) => v.kind === 'punctuation')];
