import { STOPWORDS } from '../data/lexicon';
import type { Token } from './tokenize';
import { tokenize } from './tokenize';

// Bound once: under tsx (the bench, the CLI in development) an imported binding is read through a
// getter on every access, and this one is read for every token.
const STOP: ReadonlySet<string> = STOPWORDS;
/** Up to this many distinct keys a linear scan beats building a Set (a sentence has 5–30). */
const SMALL = 48;

/** True for tokens that carry content: words outside the stopword list, numbers and rewritten compounds. */
export function isContentToken(token: Token): boolean {
  if (token.type === 'number' || token.type === 'compound') return true;
  return token.type === 'word' && token.key.length > 0 && !STOP.has(token.key);
}

/** Distinct content keys of tokens, in first-seen order. */
export function contentKeysOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  let seen: Set<string> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isContentToken(t)) continue;
    if (seen !== undefined) {
      if (!seen.has(t.key)) {
        seen.add(t.key);
        out.push(t.key);
      }
    } else if (!out.includes(t.key)) {
      out.push(t.key);
      if (out.length > SMALL) seen = new Set(out);
    }
  }
  return out;
}

/**
 * Normalised content-word keys of a text (stopwords, punctuation and the possessive 's left out), distinct
 * and in first-seen order: "NATO's defenses" and "Nato's defences" give the same keys.
 */
export function contentKeys(text: string): string[] {
  return contentKeysOf(tokenize(text));
}
