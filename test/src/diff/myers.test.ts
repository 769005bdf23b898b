import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { myersDiff } from '../../../src/diff/myers';
import type { MyersRun } from '../../../src/diff/myers';

// The oracle: jsdiff's diffArrays, which myersDiff ports, reduced to what the port returns.
function byJsdiff<T>(a: T[], b: T[], equals: (x: T, y: T) => boolean): MyersRun[] {
  return diffArrays(a, b, { comparator: equals }).map((c) => ({ count: c.count, added: c.added, removed: c.removed }));
}

const same = (x: string, y: string): boolean => x === y;
// Asymmetric on purpose: an old "a" matches a new "b" but not the other way round, so argument order shows.
const lopsided = (x: string, y: string): boolean => x === y || (x === 'a' && y === 'b');

describe('myersDiff', () => {
  it.each([
    ['both empty', [], [], []],
    ['identical', ['x', 'y'], ['x', 'y'], [{ count: 2, added: false, removed: false }]],
    ['insertion', [], ['x'], [{ count: 1, added: true, removed: false }]],
    ['replacement in the middle', ['x', 'y', 'z'], ['x', 'q', 'z'], [{ count: 1, added: false, removed: false }, { count: 1, added: false, removed: true }, { count: 1, added: true, removed: false }, { count: 1, added: false, removed: false }]],
  ])('%s', (_name, a, b, expected) => {
    expect(myersDiff(a, b, same)).toEqual(expected);
    expect(myersDiff(a, b, same)).toEqual(byJsdiff(a, b, same));
  });

  it('gives the runs diffArrays gives on generated inputs (ties, repeats, one side empty)', () => {
    const side = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 });
    fc.assert(
      fc.property(side, side, fc.boolean(), (a, b, odd) => {
        const equals = odd ? lopsided : same;
        expect(myersDiff(a, b, equals)).toEqual(byJsdiff(a, b, equals));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives up (undefined) once the timeout has passed', () => {
    const a = Array.from({ length: 3000 }, (_, i) => String(i % 7));
    const b = Array.from({ length: 3000 }, (_, i) => String((i * 5) % 11));
    expect(myersDiff(a, b, same, 1)).toBeUndefined();
  });
});
