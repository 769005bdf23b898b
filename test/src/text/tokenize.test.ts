import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize';

const view = (s: string) => tokenize(s).map((t) => `${t.text}|${t.key}`);

describe('tokenize', () => {
  it.each([
    ['Mr. Macron', ['Mr.|mr', 'Macron|macron']],
    ['the U.S.', ['the|the', 'U.S|us', '.|.']],
    ['U.K. officials', ['U.K.|uk', 'officials|officials']],
    ['Ukraine’s President', ['Ukraine|ukraine', "’s|'s", 'President|president']],
    ["it's here", ["it's|it's", 'here|here']],
    ['Feb. 26, 2024', ['Feb. 26, 2024|DATE:2024-02-26']],
    ['26 February', ['26 February|DATE:02-26']],
    ['68 per cent', ['68 per cent|PCT:68']],
    ['68%', ['68%|PCT:68']],
    ['twenty percent', ['twenty percent|PCT:20']],
    ['9 a.m. Tuesday', ['9 a.m.|TIME:09:00', 'Tuesday|tuesday']],
    ['at 9 a.m.', ['at|at', '9 a.m|TIME:09:00', '.|.']],
    ['9am', ['9am|TIME:09:00']],
    ['$1bn', ['$1bn|MONEY:USD:1000000000']],
    ['$1 billion', ['$1 billion|MONEY:USD:1000000000']],
    ['NATO defenses', ['NATO|nato', 'defenses|defences']],
    ['Zelenskyy', ['Zelenskyy|zelensky']],
    ['Élysée', ['Élysée|elysee']],
    ['full-scale', ['full|full', '-|-', 'scale|scale']],
    ['“Hi”', ['“|"', 'Hi|hi', '”|"']],
    ['No. 10 said no.', ['No.|no', '10|10', 'said|said', 'no|no', '.|.']],
    ['may rise in May', ['may|may', 'rise|rise', 'in|in', 'May|may']],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });

  it('rebuilds any text from its tokens and whitespace gaps', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aZ .,’\'"“”-%$9Mr.U.S\n\u00e9'.split('')), maxLength: 80 }), (text) => {
        const tokens = tokenize(text);
        let rebuilt = '';
        let at = 0;
        for (const t of tokens) {
          const gap = text.slice(at, t.start);
          expect(gap.trim()).toBe('');
          expect(text.slice(t.start, t.end)).toBe(t.text);
          rebuilt += gap + t.text;
          at = t.end;
        }
        expect(rebuilt + text.slice(at)).toBe(text);
        expect(text.slice(at).trim()).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
