import type { Article } from '../article';
import { lettersFrom } from './scan';

// Function words that are common in English news and rare as words in other Latin-script languages
// ("in", "was", "on", "a", "die" are left out: German and Spanish use them too).
const ENGLISH_MARKERS = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'said', 'as', 'by', 'at', 'from', 'has', 'have', 'it', 'this', 'are', 'were', 'be', 'but', 'their', 'which', 'will', 'would']);
const SAMPLE_WORDS = 400;
// English news prose runs at 0.25–0.35 of these words; German and Spanish stay under 0.05.
const ENGLISH_SHARE = 0.12;

const LONGEST_MARKER = Math.max(...[...ENGLISH_MARKERS].map((m) => m.length));

/** False only for words that cannot be a marker: longer than any, and ASCII (so lowercasing keeps the length). */
function mayBeMarker(text: string, start: number, end: number): boolean {
  if (end - start <= LONGEST_MARKER) return true;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

/**
 * Whether the English-only rules (US/UK spelling, number words, -ize/-ise) apply to an article: its
 * declared language when it has one, otherwise the share of English function words in its first words.
 * Without this, German "Color" or Spanish "one" would be reported as house-style variants.
 */
export function isEnglish(article: Article): boolean {
  const lang = typeof article?.lang === 'string' ? article.lang.trim() : '';
  if (lang) return /^en(?:[-_]|$)/i.test(lang);
  const { words, markers } = markerCount(Array.isArray(article?.paragraphs) ? article.paragraphs : []);
  // Too little text to tell: English rules are the product's default, and a short text has few variants.
  return words < 20 || markers / words >= ENGLISH_SHARE;
}

/** Words (runs of /\p{L}+/u) and English marker words among the first SAMPLE_WORDS words of the paragraphs. */
export function markerCount(paragraphs: readonly unknown[]): { words: number; markers: number } {
  let words = 0;
  let markers = 0;
  for (const paragraph of paragraphs) {
    if (typeof paragraph !== 'string') continue;
    // Found by the tokeniser's scanner: no match object per word.
    for (let p = 0; p < paragraph.length; ) {
      const end = lettersFrom(paragraph, p, paragraph.length);
      if (end === p) {
        p++;
        continue;
      }
      words++;
      if (mayBeMarker(paragraph, p, end) && ENGLISH_MARKERS.has(paragraph.slice(p, end).toLowerCase())) markers++;
      if (words >= SAMPLE_WORDS) return { words, markers };
      p = end;
    }
  }
  return { words, markers };
}
