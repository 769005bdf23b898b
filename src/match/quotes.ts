// Direct quotes are the strongest sign two outlets covered the same event: both heard the same sentence.

import { foldWord, rawWords } from './words';

export interface Quote {
  text: string;
  /** Folded words, for comparison across outlets' punctuation and case. */
  words: string[];
}

const MIN_WORDS = 4;
// Curly pairs, straight double quotes, and the ``…'' of tokenised corpora; one regex per style so a stray
// apostrophe cannot open a quote.
const PATTERNS = [/“([^”“]+)”/g, /"([^"]+)"/g, /``(.+?)''/g, /«([^»]+)»/g];

export function findQuotes(paragraphs: string[]): Quote[] {
  const out: Quote[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    for (const re of PATTERNS) {
      for (const m of p.matchAll(re)) {
        const text = m[1].trim().replace(/[,.;:]$/, '');
        const words = rawWords(text).map(foldWord);
        if (words.length < MIN_WORDS) continue;
        const id = words.join(' ');
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ text, words });
      }
    }
  }
  return out;
}

function trigrams(words: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '));
  return out;
}

/**
 * Two quotes are the same when most word-trigrams of the shorter one occur in the longer: outlets cut
 * quotes at different points and fix different typos, so exact equality would miss most shared quotes.
 */
export function sameQuote(a: Quote, b: Quote): boolean {
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  const s = trigrams(short.words);
  if (s.size === 0) return false;
  const l = trigrams(long.words);
  let hit = 0;
  for (const t of s) if (l.has(t)) hit++;
  return hit / s.size >= 0.6;
}

/** Share of the smaller quote set found in the other set, and the shared quotes as the reader saw them. */
export function quoteOverlap(reader: Quote[], candidate: Quote[]): { overlap: number; shared: string[] } {
  if (reader.length === 0 || candidate.length === 0) return { overlap: 0, shared: [] };
  const shared: string[] = [];
  for (const q of reader) if (candidate.some((c) => sameQuote(q, c))) shared.push(q.text);
  const base = Math.min(reader.length, candidate.length);
  return { overlap: Math.min(1, shared.length / base), shared };
}
