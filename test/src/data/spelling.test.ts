import { describe, expect, it } from 'vitest';
import { spellingByGb, spellingByUs, spellingCanon, spellingPairCount } from '../../../src/data/spelling';

describe('spellingByUs / spellingByGb', () => {
  it.each([
    ['defense', 'defence', false],
    ['defenses', 'defences', false],
    ['color', 'colour', false],
    ['center', 'centre', false],
    ['traveled', 'travelled', false],
    ['organized', 'organised', false],
    ['aging', 'ageing', false],
    ['gray', 'grey', true],
    ['practice', 'practise', true],
    ['license', 'licence', true],
    ['program', 'programme', true],
    ['check', 'cheque', true],
    ['tire', 'tyre', true],
    ['story', 'storey', true],
    ['curb', 'kerb', true],
    ['meter', 'metre', true],
    ['draft', 'draught', true],
  ])('%s ↔ %s (usage-dependent: %s)', (us, gb, usageDependent) => {
    const pair = { us, gb, usageDependent };
    expect(spellingByUs(us)).toEqual(pair);
    expect(spellingByGb(gb)).toEqual(pair);
  });

  it.each([
    ['organize', 'organise'],
    ['organization', 'organisation'],
    ['colourize', 'colourise'],
    ['tranquillizer', 'tranquilliser'],
  ])('finds the pair from the OED -ize form %s', (oed, gb) => {
    expect(spellingByGb(oed)?.gb).toBe(gb);
  });

  it.each(['the', 'kyiv', 'defence', 'Defense', "defense's", ''])('has no US entry for %j', (word) => {
    expect(spellingByUs(word)).toBeUndefined();
  });

  it.each(['defense', 'color', 'center', 'theater'])('has no GB entry for the US-only form %s', (word) => {
    expect(spellingByGb(word)).toBeUndefined();
  });
});

describe('spellingCanon', () => {
  it.each([
    ['defenses', 'defences'],
    ['defences', 'defences'],
    ['organize', 'organise'],
    ['organise', 'organise'],
    ['colorized', 'colourised'],
    ['colourized', 'colourised'],
    ['paris', 'paris'],
    ['flat', 'flat'],
  ])('%s → %s', (word, canon) => {
    expect(spellingCanon(word)).toBe(canon);
  });
});

describe('table size', () => {
  it('holds the level-60 VarCon extract (wording-differences §5: ~3,067 pairs)', () => {
    expect(spellingPairCount()).toBeGreaterThan(2900);
    expect(spellingPairCount()).toBeLessThan(3200);
  });
});
