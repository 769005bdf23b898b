import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article';
import { isEnglish, markerCount } from '../../../src/text/language';

const article = (paragraphs: string[], lang?: string | null): Article => ({ title: '', outlet: 'x', url: 'u', publishedTime: null, lang, paragraphs });

// Invented sentences, written for this test.
const ENGLISH = 'The council said on Tuesday that the new sea wall would be finished by the end of the year, and that the cost had risen.';
const GERMAN = 'Der Stadtrat hat am Dienstag mitgeteilt, dass die neue Ufermauer bis zum Jahresende fertig sein soll und die Kosten gestiegen sind.';
const SPANISH = 'El ayuntamiento dijo el martes que el nuevo muro costero estará terminado a finales de año y que el coste ha subido.';

describe('isEnglish', () => {
  it.each([
    ['declared en', article([GERMAN], 'en'), true],
    ['declared en-GB', article([GERMAN], 'en-GB'), true],
    ['declared en_US', article([GERMAN], 'en_US'), true],
    ['declared de', article([ENGLISH], 'de'), false],
    ['declared es-ES', article([ENGLISH], 'es-ES'), false],
    ['"eng" is not a BCP 47 English tag', article([ENGLISH], 'eng'), false],
    ['undeclared English prose', article([ENGLISH, ENGLISH]), true],
    ['undeclared German prose', article([GERMAN, GERMAN]), false],
    ['undeclared Spanish prose', article([SPANISH, SPANISH]), false],
    ['too short to tell', article(['Storm hits coast']), true],
    ['no paragraphs', article([]), true],
  ])('%s', (_name, a, expected) => {
    expect(isEnglish(a)).toBe(expected);
  });
});

// The count as first written (a match object per word): the scanner-based count must agree with it.
const MARKERS = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'said', 'as', 'by', 'at', 'from', 'has', 'have', 'it', 'this', 'are', 'were', 'be', 'but', 'their', 'which', 'will', 'would']);
function byRegex(paragraphs: string[]): { words: number; markers: number } {
  let words = 0;
  let markers = 0;
  for (const p of paragraphs) {
    for (const m of p.matchAll(/\p{L}+/gu)) {
      words++;
      if (MARKERS.has(m[0].toLowerCase())) markers++;
      if (words >= 400) return { words, markers };
    }
  }
  return { words, markers };
}

describe('markerCount', () => {
  it.each([
    ['markers in any case, long words, accents', ['The Stadtrat WHICH über, their façade; would—said'], { words: 8, markers: 5 }],
    ['astral letters and emoji', ['𝒜bc the 😀 and'], { words: 3, markers: 2 }],
  ])('%s', (_name, paragraphs, expected) => {
    expect(markerCount(paragraphs)).toEqual(expected);
  });

  it('agrees with a /\\p{L}+/ count on generated text', () => {
    const units = ['the', 'THE', 'Which', 'said', 'Stadtrat', 'Kosten', 'über', 'ñandú', 'der', 'ıt', 'İt', '\u212Aey', '𝒜bc', '😀', ' ', ', ', '. ', '-', '5', 'wouldn', 'theirs', 'façade'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...units), { maxLength: 120 }), { maxLength: 6 }), (paras) => {
        const paragraphs = paras.map((p) => p.join(''));
        expect(markerCount(paragraphs)).toEqual(byRegex(paragraphs));
      }),
      { numRuns: 800 },
    );
  });
});
