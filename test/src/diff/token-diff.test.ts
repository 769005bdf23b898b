import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTokens, hunksOf } from '../../../src/diff/token-diff';
import { tokenize } from '../../../src/text/tokenize';

const words = fc.array(fc.constantFrom('NATO', 'Nato', 'the', 'said', 'defenses', 'defences', ',', 'Mr', 'Macron', '“', '”', 'to', 'not'), { maxLength: 25 }).map((w) => w.join(' '));

describe('diffTokens', () => {
  it('rebuilds both inputs exactly from its runs', () => {
    fc.assert(
      fc.property(words, words, (x, y) => {
        const a = tokenize(x);
        const b = tokenize(y);
        const { runs, complete } = diffTokens(a, b);
        expect(complete).toBe(true);
        const fromA = runs.filter((r) => r.op !== 'insert').flatMap((r) => a.slice(r.aFrom, r.aTo));
        const fromB = runs.filter((r) => r.op !== 'delete').flatMap((r) => b.slice(r.bFrom, r.bTo));
        expect(fromA).toEqual(a);
        expect(fromB).toEqual(b);
        for (const r of runs.filter((q) => q.op === 'equal')) {
          for (let k = 0; k < r.aTo - r.aFrom; k++) expect(a[r.aFrom + k].key).toBe(b[r.bFrom + k].key);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('treats key-equal tokens as common and groups changes into hunks', () => {
    const a = tokenize('NATO said not to');
    const b = tokenize('Nato said to');
    const { runs } = diffTokens(a, b);
    expect(runs.map((r) => r.op)).toEqual(['equal', 'delete', 'equal']);
    expect(hunksOf(runs)).toEqual([{ aFrom: 2, aTo: 3, bFrom: 2, bTo: 2 }]);
  });
});
