// A card's numbers and chips, taken once from the full comparison of the demo story.
import { describe, expect, it } from 'vitest';
import { CARD_VARIANTS, countsOf } from '../../../extension/background/counts';
import { demoComparison } from '../../popup/demo-story';

describe('countsOf', () => {
  const { comparison: c } = demoComparison();
  const counts = countsOf(c);

  it('counts what the card says from the comparison itself', () => {
    expect(counts.variants).toBe(c.variants.length);
    expect(counts.onlyHere).toBe(c.onlyInB.length);
    expect(counts.meaningful).toBe(c.differences.filter((d) => !d.cosmetic).length);
  });

  it('keeps the most frequent telling pairs for the chips, punctuation last', () => {
    const top = counts.topVariants!;
    expect(top).toHaveLength(Math.min(CARD_VARIANTS, c.variants.length));
    const firstPunctuation = top.findIndex((v) => v.kind === 'punctuation');
    if (firstPunctuation >= 0) expect(top.slice(firstPunctuation).every((v) => v.kind === 'punctuation')).toBe(true);
    const telling = c.variants.filter((v) => v.kind !== 'punctuation');
    expect(top[0].count).toBe(Math.max(...telling.map((v) => v.count)));
    for (const v of top) expect(c.variants).toContainEqual(expect.objectContaining({ kind: v.kind, a: v.a, b: v.b, count: v.count }));
  });
});
