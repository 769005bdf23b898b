import { STOPWORDS } from '../data/lexicon';
import type { Token } from './tokenize';
import { tokenize } from './tokenize';

/** True for tokens that carry content: words outside the stopword list, numbers and rewritten compounds. */
export function isContentToken(token: Token): boolean {
  if (token.type === 'number' || token.type === 'compound') return true;
  return token.type === 'word' && token.key.length > 0 && !STOPWORDS.has(token.key);
}

/** Distinct content keys of tokens, in first-seen order. */
export function contentKeysOf(tokens: readonly Token[]): string[] {
  const seen = new Set<string>();
  for (const t of tokens) if (isContentToken(t)) seen.add(t.key);
  return [...seen];
}

/**
 * Normalised content-word keys of a text (stopwords, punctuation and the possessive 's left out), distinct
 * and in first-seen order: "NATO's defenses" and "Nato's defences" give the same keys.
 */
export function contentKeys(text: string): string[] {
  return contentKeysOf(tokenize(text));
}
