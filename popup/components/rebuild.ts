import type { Sentence } from '../../src/index';

/**
 * Paragraph strings rebuilt from sentences alone, for when the caller has the comparison but not the
 * article: each sentence lands at its own offsets (gaps become spaces), so every engine offset inside a
 * sentence still points at the same character.
 */
export function paragraphsFromSentences(sentences: Sentence[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const current = out[s.paragraph] ?? '';
    const padded = current.length < s.start ? current + ' '.repeat(s.start - current.length) : current.slice(0, s.start);
    out[s.paragraph] = padded + s.text + current.slice(s.start + s.text.length);
  }
  for (let i = 0; i < out.length; i++) out[i] ??= '';
  return out;
}
