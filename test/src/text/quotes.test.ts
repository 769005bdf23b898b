import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/text/quotes';

describe('findQuotes', () => {
  it.each([
    ['“We will win,” Macron said.', [['We will win,', 'Macron']]],
    ['Mr Macron said: “We will win.”', [['We will win.', 'Macron']]],
    ['“Yes,” said Ms Varga.', [['Yes,', 'Varga']]],
    ['He added that “we will do everything.”', [['we will do everything.', 'he']]],
    ['French President Emmanuel Macron said sending troops is not “ruled out” in future.', [['ruled out', 'Macron']]],
    ['In a video speech, Ukraine’s President Volodymyr Zelensky called on leaders to “ensure peace”.', [['ensure peace', 'Zelensky']]],
    ['The plan was not a ‘deal’ in O’Brien’s view.', [['deal', null]]],
    ['"Straight quotes," the minister said.', [['Straight quotes,', null]]],
    ['“An open quote running on', [['An open quote running on', null]]],
    ['No quotation here, it’s plain.', []],
  ])('%s', (text, expected) => {
    const out = findQuotes(text);
    expect(out.map((q) => [q.text, q.speaker])).toEqual(expected);
    for (const q of out) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('marks a quote left open at the end of the paragraph', () => {
    expect(findQuotes('“It goes on').map((q) => q.closed)).toEqual([false]);
    expect(findQuotes('“It ends.”').map((q) => q.closed)).toEqual([true]);
  });
});
