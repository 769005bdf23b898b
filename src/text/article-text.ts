import type { Article } from '../article';
import type { Boilerplate, Sentence, Side } from '../comparison';
import type { Budget } from './budget';
import { boilerplateReason, datelineLength } from './boilerplate';
import { contentKeysOf } from './content-keys';
import { wordKey, tokenize } from './tokenize';
import type { Token } from './tokenize';
import { findQuotes } from './quotes';
import { segmentSentences } from './segment';

/** A token placed in its article: which paragraph and sentence it belongs to. */
export interface PlacedToken extends Token {
  paragraph: number;
  sentence: number;
}

export interface PreparedSentence extends Sentence {
  tokens: PlacedToken[];
  /** Distinct content keys, the features of alignment. */
  content: string[];
  /** Word-like tokens (punctuation and clitics excluded). */
  words: number;
  /** Every token key, joined: exact equality after normalisation. */
  signature: string;
}

export interface PreparedQuote {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Resolved speaker (pronouns replaced by the last named speaker), or null. */
  speaker: string | null;
  closed: boolean;
}

export interface PreparedArticle {
  side: Side;
  paragraphs: string[];
  sentences: PreparedSentence[];
  quotes: PreparedQuote[];
  boilerplate: Boilerplate[];
  words: number;
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
export function prepareArticle(article: Article, side: Side, budget: Budget): PreparedArticle {
  const paragraphs = Array.isArray(article.paragraphs) ? article.paragraphs.map((p) => (typeof p === 'string' ? p : '')) : [];
  const sentences: PreparedSentence[] = [];
  const quotes: PreparedQuote[] = [];
  const boilerplate: Boilerplate[] = [];
  let tokenCount = 0;
  let words = 0;
  let lastSpeaker: string | null = null;
  let seenContent = false;

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

    for (const range of segmentSentences(text, from)) {
      const index = sentences.length;
      const tokens = tokenize(text, range.start, range.end) as PlacedToken[];
      if (tokenCount + tokens.length > budget.maxTokens) {
        budget.partial = true;
        break;
      }
      tokenCount += tokens.length;
      for (const t of tokens) {
        t.paragraph = p;
        t.sentence = index;
      }
      const w = tokens.filter(isWord).length;
      words += w;
      sentences.push({ index, paragraph: p, start: range.start, end: range.end, text: range.text, tokens, content: contentKeysOf(tokens), words: w, signature: tokens.map((t) => t.key).join(' ') });
    }
    if (budget.partial) break;

    let paragraphSpeaker: string | null = null;
    for (const q of findQuotes(text)) {
      if (q.end <= from) continue;
      let speaker = q.speaker;
      if (speaker === null || PRONOUN_SPEAKERS.has(speaker)) speaker = paragraphSpeaker ?? lastSpeaker;
      if (speaker !== null) {
        paragraphSpeaker = speaker;
        lastSpeaker = speaker;
      }
      quotes.push({ paragraph: p, start: Math.max(q.start, from), end: q.end, text: q.text, speaker, closed: q.closed });
    }
  }
  return { side, paragraphs, sentences, quotes, boilerplate, words };
}

/** Speakers are the same person when their keys agree (Zelenskyy = Zelensky). */
export function speakerKey(speaker: string | null): string | null {
  return speaker === null ? null : wordKey(speaker);
}
