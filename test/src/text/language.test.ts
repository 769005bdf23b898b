import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article';
import { isEnglish } from '../../../src/text/language';

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
