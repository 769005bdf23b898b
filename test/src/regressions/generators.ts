// The engine's hostile-text generators, shared by the property tests (test/src/compare-properties.test.ts)
// and the stress bench (bench/stress.ts, 10,000 pairs): one definition, so the bench fuzzes exactly what
// the tests do.
import fc from 'fast-check';

// Hostile pieces: house-style variants, quotes (balanced or not), RTL and bidi marks, emoji with ZWJ and
// skin tones, flags, combining marks, zero-width characters, CRLF, Cyrillic look-alikes of Latin words.
export const WORDS = [
  'Macron', 'Mr', 'Mr.', 'said', 'the', 'U.S.', 'NATO', 'Nato', 'defenses', 'defences', 'not', 'will', 'could',
  '68%', 'Feb.', '26', 'twenty', 'Kyiv', 'Kiev', "Ukraine's", 'Ukraine’s', 'President', 'of', 'Ukraine', 'full-scale', 'organized', 'organised',
  '“', '”', '"', '‘', '’', '«', '»', ',', '.', '—', '(', ')', '?', '!',
  'שלום', 'مرحبا', '\u200f', '\u200e', '\u202b', '\u202c',
  '👩‍👩‍👧', '🇫🇷', '👍🏽', '😀', '𝔘𝔫𝔦',
  'e\u0301te\u0301', 'Zelens\u0301kyy', 'a\u0308\u0308',
  '\u200b', '\u2060', '\ufeff', 'zero\u200bwidth', 'co\u00adop',
  '\r\n', '\t',
  'Nаto', 'Кyiv', 'Μacron',
];
export const word = fc.constantFrom(...WORDS);
export const sentence = fc.array(word, { minLength: 1, maxLength: 16 }).map((ws) => ws.join(' '));
export const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join('. ') + '.');
export const paragraphs = fc.oneof(
  { weight: 6, arbitrary: fc.array(paragraph, { maxLength: 6 }) },
  // Shapes the brief names: empty, one word, no punctuation, every sentence identical, all quotes, unbalanced quotes.
  { weight: 1, arbitrary: fc.constant<string[]>([]) },
  { weight: 1, arbitrary: word.map((w) => [w]) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('alpha', 'beta', 'gamma', 'Macron', 'NATO'), { minLength: 1, maxLength: 60 }).map((ws) => [ws.join(' ')]) },
  { weight: 1, arbitrary: fc.tuple(sentence, fc.integer({ min: 1, max: 8 })).map(([s, n]) => Array.from({ length: n }, () => `${s}.`)) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('“', '”', '"', '‘', '’', '«', '»'), { minLength: 1, maxLength: 30 }).map((qs) => [qs.join('')]) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.map((s) => `“${s}.`)) },
  // Arbitrary Unicode strings, surrogate halves included.
  { weight: 1, arbitrary: fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 4 }) },
);
