import { describe, expect, it } from 'vitest';
import { estimatedJaccard, shingles, signature, wireCopyGroups } from '../../../src/match/minhash';
import { damHerald, damLantern } from './stories';

const wire = damLantern.paragraphs.join('\n');
// The same wire text with the dateline dropped and one word changed: a light edit.
const lightEdit = wire.replace('LINMOUTH — ', '').replace('by midday', 'by noon');
const rewrite = damHerald.paragraphs.join('\n');

describe('wireCopyGroups', () => {
  it('groups a wire copy with light edits and leaves a rewrite of the same story out', () => {
    const groups = wireCopyGroups([
      { id: 'lantern', text: wire },
      { id: 'herald', text: rewrite },
      { id: 'copy', text: lightEdit },
      { id: 'copy2', text: wire },
    ]);
    expect(groups).toEqual([['lantern', 'copy', 'copy2']]);
  });

  it('honours the threshold and never groups empty texts', () => {
    expect(wireCopyGroups([{ id: 'a', text: wire }, { id: 'b', text: lightEdit }], 0.999)).toEqual([]);
    expect(wireCopyGroups([{ id: 'a', text: '' }, { id: 'b', text: '' }])).toEqual([]);
    expect(wireCopyGroups([])).toEqual([]);
  });

  it('estimates Jaccard close to the exact shingle Jaccard, deterministically', () => {
    const a = shingles(wire);
    const b = shingles(lightEdit);
    const exact = [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;
    const est = estimatedJaccard(signature(a), signature(b));
    expect(Math.abs(est - exact)).toBeLessThan(0.12);
    expect(signature(a)).toEqual(signature(shingles(wire)));
  });
});
