import type { Article } from '../article';

// Function words that are common in English news and rare as words in other Latin-script languages
// ("in", "was", "on", "a", "die" are left out: German and Spanish use them too).
const ENGLISH_MARKERS = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'said', 'as', 'by', 'at', 'from', 'has', 'have', 'it', 'this', 'are', 'were', 'be', 'but', 'their', 'which', 'will', 'would']);
const SAMPLE_WORDS = 400;
// English news prose runs at 0.25–0.35 of these words; German and Spanish stay under 0.05.
const ENGLISH_SHARE = 0.12;

/**
 * Whether the English-only rules (US/UK spelling, number words, -ize/-ise) apply to an article: its
 * declared language when it has one, otherwise the share of English function words in its first words.
 * Without this, German "Color" or Spanish "one" would be reported as house-style variants.
 */
export function isEnglish(article: Article): boolean {
  const lang = typeof article?.lang === 'string' ? article.lang.trim() : '';
  if (lang) return /^en(?:[-_]|$)/i.test(lang);
  let words = 0;
  let markers = 0;
  for (const paragraph of Array.isArray(article?.paragraphs) ? article.paragraphs : []) {
    if (typeof paragraph !== 'string') continue;
    for (const match of paragraph.matchAll(/\p{L}+/gu)) {
      words++;
      if (ENGLISH_MARKERS.has(match[0].toLowerCase())) markers++;
      if (words >= SAMPLE_WORDS) return markers / words >= ENGLISH_SHARE;
    }
  }
  // Too little text to tell: English rules are the product's default, and a short text has few variants.
  return words < 20 || markers / words >= ENGLISH_SHARE;
}
