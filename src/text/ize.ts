import type { Token } from './tokenize';

/** An -ize family ending on a key (realize, organizes, modernization …): the -ize/-ise fallback's trigger. */
export const IZE = /iz(e|es|ed|ing|ation|ations|er|ers)$/;

/** True when some word token's key has an -ize ending. */
export function hasIzeWord(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // The includes() test spares the regex for the words without "iz" (nearly all of them).
    if (t.type === 'word' && t.key.includes('iz') && IZE.test(t.key)) return true;
  }
  return false;
}
