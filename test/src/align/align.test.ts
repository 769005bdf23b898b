import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/align/align';
import type { AlignInput } from '../../../src/align/align';
import { contentKeys } from '../../../src/text/content-keys';
import { Budget } from '../../../src/text/budget';

const side = (sentences: string[]): AlignInput[] => sentences.map((s, i) => ({ content: contentKeys(s), paragraph: i, signature: s }));
const align = (a: string[], b: string[]) => alignSentences(side(a), side(b), new Budget());

describe('alignSentences', () => {
  it('pairs reordered sentences 1–1 and marks the one that moved', () => {
    const r = align(
      ['Firefighters rescued twelve sailors off the coast.', 'The storm closed the harbour for two days.', 'Fishermen sold their catch at dawn.'],
      ['The storm closed the harbour for two days.', 'Fishermen sold their catch at dawn.', 'Firefighters rescued twelve sailors off the coast.'],
    );
    expect(r.groups.map((g) => [g.a, g.b, g.moved])).toEqual([[[0], [2], true], [[1], [0], false], [[2], [1], false]]);
    expect(r.onlyA).toEqual([]);
    expect(r.onlyB).toEqual([]);
  });

  it('builds a 2–1 group for a merge and a 1–2 group for a split', () => {
    const merge = align(
      ['Investigators from Rostavik visited the port.', 'They joined the ferry inquiry on Tuesday.'],
      ['Investigators from Rostavik, who visited the port, joined the ferry inquiry on Tuesday.'],
    );
    expect(merge.groups.map((g) => [g.a, g.b])).toEqual([[[0, 1], [0]]]);
    const split = align(
      ['Investigators from Rostavik, who visited the port, joined the ferry inquiry on Tuesday.'],
      ['Investigators from Rostavik visited the port.', 'They joined the ferry inquiry on Tuesday.'],
    );
    expect(split.groups.map((g) => [g.a, g.b])).toEqual([[[0], [0, 1]]]);
  });

  it('leaves unrelated sentences unaligned and pairs a repeated one with its twin’s partner', () => {
    const r = align(
      ['A ferry caught fire in the harbour on Monday.', 'Markets fell sharply in Tokyo.', 'A ferry caught fire in the harbour on Monday.'],
      ['A ferry caught fire in the harbour on Monday.', 'The mayor praised the volunteer crews.'],
    );
    expect(r.onlyA).toEqual([1]);
    expect(r.onlyB).toEqual([1]);
    expect(r.groups.filter((g) => g.repeat).map((g) => [g.a, g.b])).toEqual([[[2], [0]]]);
  });

  it('scores a closer paraphrase higher than a looser one', () => {
    const base = 'The council approved the new harbour budget on Monday.';
    const close = align([base], ['The council approved the new harbour budget on Tuesday.']).groups[0].score;
    const loose = align([base], ['On Monday the council approved a budget.']).groups[0]?.score ?? 0;
    expect(close).toBeGreaterThan(loose);
  });
});

describe('alignSentences with duplicate keys in a sentence', () => {
  // Callers promise distinct keys; a repeated key must count once. Counted five times, "y" would weigh
  // the pair's Dice down under the pair threshold (0.33 instead of 0.39) and leave both sentences alone.
  it('counts a repeated key once', () => {
    const got = alignSentences([{ content: ['x', 'y', 'y', 'y', 'y', 'y'], paragraph: 0 }], [{ content: ['x', 'z'], paragraph: 0 }], new Budget());
    const deduped = alignSentences([{ content: ['x', 'y'], paragraph: 0 }], [{ content: ['x', 'z'], paragraph: 0 }], new Budget());
    expect(got).toEqual(deduped);
    expect(got.groups.map((g) => [g.a, g.b])).toEqual([[[0], [0]]]);
  });
});
