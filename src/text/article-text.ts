import type { Article } from '../article';
import type { Boilerplate, Sentence, Side } from '../comparison';
import type { Budget } from './budget';
import { boilerplateReason, datelineLength } from './boilerplate';
import { contentKeysOf } from './content-keys';
import { tokenizePlaced, wordKey } from './tokenize';
import type { PlacedToken, Token } from './tokenize';
import { hasIzeWord } from './ize';
import { findQuotes } from './quotes';
import { segmentSentences } from './segment';
import type { SentenceRange } from './segment';

export type { PlacedToken } from './tokenize';

export interface PreparedSentence extends Sentence {
  tokens: PlacedToken[];
  /** Distinct content keys, the features of alignment. */
  content: string[];
  /** Word-like tokens (punctuation and clitics excluded). */
  words: number;
  /** Every token key, joined: exact equality after normalisation. */
  signature: string;
  /** Some word has an -ize key (see text/ize.ts): the group diff's -ize/-ise fallback may apply. */
  ize: boolean;
}

export interface PreparedQuote {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Resolved speaker (pronouns replaced by the last named speaker), or null. */
  speaker: string | null;
  closed: boolean;
  /** Keys of the quote's word tokens (punctuation left out), in order. */
  keys: string[];
}

export interface PreparedArticle {
  side: Side;
  paragraphs: string[];
  sentences: PreparedSentence[];
  quotes: PreparedQuote[];
  boilerplate: Boilerplate[];
  words: number;
}

/**
 * A prepared sentence. The signature is built on first read: alignment reads it only for the few
 * sentences no content key could pair, and joining every sentence's keys up front was a string per token.
 */
class SentenceRecord implements PreparedSentence {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: PlacedToken[];
  readonly content: string[];
  readonly words: number;
  readonly ize: boolean;
  private joined: string | undefined;

  constructor(index: number, paragraph: number, range: SentenceRange, tokens: PlacedToken[], words: number) {
    this.index = index;
    this.paragraph = paragraph;
    this.start = range.start;
    this.end = range.end;
    this.text = range.text;
    this.tokens = tokens;
    this.content = contentKeysOf(tokens);
    this.words = words;
    this.ize = hasIzeWord(tokens);
  }

  get signature(): string {
    if (this.joined === undefined) {
      let joined = '';
      for (let k = 0; k < this.tokens.length; k++) joined += k === 0 ? this.tokens[k].key : ` ${this.tokens[k].key}`;
      this.joined = joined;
    }
    return this.joined;
  }
}

const PRONOUN_SPEAKERS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

function isWord(t: Token): boolean {
  return t.type === 'word' || t.type === 'number' || t.type === 'compound';
}

/**
 * Cleaning, segmentation, tokens and quotes of one article. Cleaning never rewrites: boilerplate
 * paragraphs are skipped and reported, a dateline is skipped by starting the first sentence after it.
 * Stops at the budget's token cap (marking it partial), so a huge input costs bounded time.
 */
export function prepareArticle(article: Article, side: Side, budget: Budget, english = true): PreparedArticle {
  const paragraphs = Array.isArray(article.paragraphs) ? article.paragraphs.map((p) => (typeof p === 'string' ? p : '')) : [];
  const sentences: PreparedSentence[] = [];
  const quotes: PreparedQuote[] = [];
  const boilerplate: Boilerplate[] = [];
  let tokenCount = 0;
  let words = 0;
  let lastSpeaker: string | null = null;
  let seenContent = false;
  // This side's own cap: the other side (prepared later with the same budget) still gets its tokens.
  let capped = false;

  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    if (text.trim() === '') continue;
    const reason = boilerplateReason(text);
    if (reason !== null) {
      boilerplate.push({ side, paragraph: p, text: text.trim(), reason });
      continue;
    }
    let from = 0;
    if (!seenContent) {
      from = datelineLength(text);
      if (from > 0) boilerplate.push({ side, paragraph: p, text: text.slice(0, from).trim(), reason: 'dateline' });
    }
    seenContent = true;
    if (budget.expired()) break;

    const firstSentence = sentences.length;
    for (const range of segmentSentences(text, from)) {
      const index = sentences.length;
      const tokens = tokenizePlaced(text, range.start, range.end, p, index, english);
      if (tokenCount + tokens.length > budget.maxTokens) {
        budget.partial = true;
        capped = true;
        break;
      }
      tokenCount += tokens.length;
      let w = 0;
      for (let k = 0; k < tokens.length; k++) if (isWord(tokens[k])) w++;
      words += w;
      sentences.push(new SentenceRecord(index, p, range, tokens, w));
    }
    if (capped) break;

    let paragraphSpeaker: string | null = null;
    let s = firstSentence;
    let k = 0;
    for (const q of findQuotes(text)) {
      if (q.end <= from) continue;
      let speaker = q.speaker;
      if (speaker === null || PRONOUN_SPEAKERS.has(speaker)) speaker = paragraphSpeaker ?? lastSpeaker;
      if (speaker !== null) {
        paragraphSpeaker = speaker;
        lastSpeaker = speaker;
      }
      // The quote's word keys come from the paragraph's tokens (quotes are in order, so one forward walk):
      // tokenising the quote text again would double the cost of quote matching.
      const keys: string[] = [];
      while (s < sentences.length) {
        const tokens = sentences[s].tokens;
        for (; k < tokens.length && tokens[k].start < q.end; k++) {
          if (tokens[k].start >= q.start && tokens[k].type !== 'punct') keys.push(tokens[k].key);
        }
        if (k < tokens.length) break;
        s++;
        k = 0;
      }
      quotes.push({ paragraph: p, start: Math.max(q.start, from), end: q.end, text: q.text, speaker, closed: q.closed, keys });
    }
  }
  return { side, paragraphs, sentences, quotes, boilerplate, words };
}

/** Speakers are the same person when their keys agree (Zelenskyy = Zelensky). */
export function speakerKey(speaker: string | null): string | null {
  return speaker === null ? null : wordKey(speaker);
}
