/**
 * The Comparison contract: one vocabulary for engine, CLI JSON and UI (see docs/cli.md).
 * Every offset is a UTF-16 index, half-open [start, end), into the paragraph *as the caller gave it*
 * (`Article.paragraphs[paragraph]`), so a UI can highlight exact characters of what it showed.
 * Cleaning never rewrites text: boilerplate paragraphs and datelines are skipped, not edited.
 */

export const COSMETIC_KINDS = [
  'case',
  'spelling',
  'transliteration',
  'abbreviation',
  'honorific',
  'possessive',
  'number',
  'punctuation',
] as const;
export const MEANINGFUL_KINDS = ['quote', 'wording', 'substantive'] as const;

export type CosmeticKind = (typeof COSMETIC_KINDS)[number];
export type MeaningfulKind = (typeof MEANINGFUL_KINDS)[number];
export type DifferenceKind = CosmeticKind | MeaningfulKind;

export type Side = 'a' | 'b';

/** A character range inside one paragraph of one article. */
export interface Span {
  paragraph: number;
  start: number;
  end: number;
}

/** A sentence of a cleaned article, addressed by paragraph and offsets. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export type QuoteSeverity = 'punctuation' | 'insertion' | 'substitution' | 'number-or-negation';

export interface Difference {
  kind: DifferenceKind;
  cosmetic: boolean;
  /** 0–1: how sure the classifier is of `kind`. */
  confidence: number;
  /** Exact text on each side ('' when the hunk is a pure insertion or deletion). */
  a: string;
  b: string;
  /** Character ranges on each side; null for the empty side of an insertion/deletion. */
  aSpan: Span | null;
  bSpan: Span | null;
  /** Index of the aligned group this difference lives in. */
  group: number;
  /** Sentence indices (into Comparison.sentencesA / sentencesB). */
  aSentence: number;
  bSentence: number;
  /** For kind 'quote'. */
  speaker?: string | null;
  severity?: QuoteSeverity;
  /** A finer label for display, e.g. 'acronym', 'hyphenation', 'title-swap', 'date', 'percent'. */
  detail?: string;
  /**
   * One line naming the rule that may explain a meaningful finding, where one is known: today a wording
   * difference whose two sides are a US/UK vocabulary pair (detail 'dialect-vocabulary'). House-style
   * findings carry their rule in `Comparison.variants` instead.
   */
  rule?: string;
  /** 'low' ranks a meaningful finding below the others of its kind (dialect vocabulary); absent = normal. */
  salience?: 'low';
}

export interface AlignedGroup {
  index: number;
  /** Sentence indices, ascending; 1–1, 1–n or n–1. */
  a: number[];
  b: number[];
  /** Dice score of content keys, 0–1. */
  score: number;
  moved: boolean;
  /** A sentence told twice on one side (a breaking-news top) paired again with its twin's partner. */
  repeat?: boolean;
  /** Indices into Comparison.differences. */
  differences: number[];
}

export interface Variant {
  kind: CosmeticKind;
  a: string;
  b: string;
  count: number;
  /** One line explaining the house-style rule behind it. */
  rule?: string;
}

export type QuoteStatus = 'same' | 'changed' | 'only-a' | 'only-b';

export interface QuoteMatch {
  speaker: string | null;
  a: string | null;
  b: string | null;
  status: QuoteStatus;
  aSpan: Span | null;
  bSpan: Span | null;
}

export interface Boilerplate {
  side: Side;
  paragraph: number;
  text: string;
  reason: string;
}

export interface Comparison {
  similarity: number;
  sharedText: { a: number; b: number };
  sentencesA: Sentence[];
  sentencesB: Sentence[];
  groups: AlignedGroup[];
  differences: Difference[];
  variants: Variant[];
  quotes: QuoteMatch[];
  onlyInA: Sentence[];
  onlyInB: Sentence[];
  sharedTypos: string[];
  /** Group indices reported as moved. */
  moved: number[];
  boilerplate: Boilerplate[];
  /** True when a deadline or token cap cut the work short. */
  partial: boolean;
}

export interface Limits {
  /** Wall-clock budget in ms (default 2000). */
  deadlineMs?: number;
  /** Maximum tokens per side (default 200_000). */
  maxTokens?: number;
  /** Clock in ms (default Date.now); tests pass a fake one to reach the deadline deterministically. */
  now?: () => number;
}
