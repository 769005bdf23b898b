import { describe, expect, it } from 'vitest';
import { piecesOf } from '../../../popup/components/pieces';
import { paragraphsFromSentences } from '../../../popup/components/rebuild';

const text = 'NATO allies agreed on Wednesday.';

describe('piecesOf', () => {
  it.each([
    ['no marks', 0, text.length, [], [[text, null]]],
    ['one mark', 0, text.length, [{ start: 0, end: 4, id: 7 }], [['NATO', 7], [' allies agreed on Wednesday.', null]]],
    ['two marks, unsorted', 0, text.length, [{ start: 22, end: 31, id: 2 }, { start: 5, end: 11, id: 1 }], [['NATO ', null], ['allies', 1], [' agreed on ', null], ['Wednesday', 2], ['.', null]]],
    ['clipped to the range', 5, 21, [{ start: 0, end: 11, id: 1 }], [['allies', 1], [' agreed on', null]]],
    ['overlap keeps the first', 0, 11, [{ start: 0, end: 6, id: 1 }, { start: 3, end: 11, id: 2 }], [['NATO a', 1], ['llies', null]]],
    ['mark outside the range dropped', 0, 4, [{ start: 10, end: 12, id: 1 }], [['NATO', null]]],
    ['empty mark dropped', 0, 4, [{ start: 2, end: 2, id: 1 }], [['NATO', null]]],
    ['range past the end', 28, 99, [], [['day.', null]]],
  ] as const)('%s', (_, from, to, marks, expected) => {
    const pieces = piecesOf(text, from, to, [...marks]);
    expect(pieces.map((p) => [p.text, p.mark])).toEqual(expected);
    for (const p of pieces) expect(p.text).toBe(text.slice(p.start, p.end));
  });
});

describe('paragraphsFromSentences', () => {
  it('puts each sentence back at its own offsets', () => {
    const p = 'First one. Second one.';
    const rebuilt = paragraphsFromSentences([
      { index: 0, paragraph: 1, start: 0, end: 10, text: 'First one.' },
      { index: 1, paragraph: 1, start: 11, end: 22, text: 'Second one.' },
    ]);
    expect(rebuilt).toEqual(['', p]);
  });
});
