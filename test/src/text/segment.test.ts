import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/text/segment';

describe('segmentSentences', () => {
  it.each([
    ['Mr. Macron met Dr. Smith at 9 a.m. Tuesday. It was fine.', ['Mr. Macron met Dr. Smith at 9 a.m. Tuesday.', 'It was fine.']],
    ['The U.N. Security Council met.', ['The U.N. Security Council met.']],
    ['They returned to the U.S. The president welcomed them.', ['They returned to the U.S.', 'The president welcomed them.']],
    ['No. 10 said on Feb. 26. Officials left.', ['No. 10 said on Feb. 26.', 'Officials left.']],
    ['Gov. Hochul and Sen. Schumer met in St. Petersburg on Dec. 3. It sank.', ['Gov. Hochul and Sen. Schumer met in St. Petersburg on Dec. 3.', 'It sank.']],
    ['“There’s no deal. But talks go on,” she said. He left.', ['“There’s no deal.', 'But talks go on,” she said.', 'He left.']],
    ['Acme Inc. said it would. John F. Kennedy was there.', ['Acme Inc. said it would.', 'John F. Kennedy was there.']],
    ['  One sentence without a stop  ', ['One sentence without a stop']],
    ['', []],
  ])('%s', (text, expected) => {
    const out = segmentSentences(text);
    expect(out.map((s) => s.text)).toEqual(expected);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('starts at `from`, keeping offsets into the whole text', () => {
    const text = 'PARIS (AP) — Macron spoke. He left.';
    const out = segmentSentences(text, 13);
    expect(out.map((s) => [s.start, s.text])).toEqual([[13, 'Macron spoke.'], [27, 'He left.']]);
  });
});
