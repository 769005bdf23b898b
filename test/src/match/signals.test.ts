import { describe, expect, it } from 'vitest';
import { bigramsOf, jaccard, leadText, numberAgreement, numbersOf } from '../../../src/match/signals';

describe('numbersOf', () => {
  it.each([
    ['3,400 residents and 41 rescued', ['3400', '41']],
    ['a magnitude-5.9 quake at 17:06', ['5.9', '17:06']],
    ['a 9-14 start', ['14']],
    ['one, 2 or three', []],
    ['in 2031, aged 33', ['2031', '33']],
    ['no digits here', []],
  ])('%s → %j', (text, expected) => {
    expect([...numbersOf(text)].sort()).toEqual([...expected].sort());
  });
});

describe('leadText', () => {
  it('keeps the title and only the first 60 words of the body', () => {
    const body = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const lead = leadText('Dam breach', [body]);
    expect(lead.startsWith('Dam breach\n')).toBe(true);
    expect(lead).toContain('w59');
    expect(lead).not.toContain('w60');
  });

  it('crosses paragraph boundaries and survives no body', () => {
    expect(leadText('T', ['one two', 'three'])).toBe('T\none two three');
    expect(leadText('', [])).toBe('\n');
  });
});

describe('bigramsOf', () => {
  it.each([
    ['Betty Ford Center', ['betty ford', 'ford center']],
    ['checked into the Betty Ford', ['check betty', 'betty ford'].slice(1)],
    ['the of and', []],
  ])('%s → %j', (text, expected) => {
    expect(bigramsOf(text)).toEqual(expected);
  });
});

describe('jaccard and numberAgreement', () => {
  const s = (...xs: string[]) => new Set(xs);
  it.each([
    [s('a', 'b'), s('a', 'b'), 1, 1],
    [s('a', 'b'), s('b', 'c'), 1 / 3, 1],
    [s('a'), s('a', 'b', 'c', 'd'), 0.25, 1],
    [s('5.6', '2000'), s('5.9', '10'), 0, 0],
    [s(), s('a'), 0, 0.5],
    [s('a'), s(), 0, 0.5],
    [s(), s(), 0, 0.5],
  ])('%j vs %j', (a, b, j, agree) => {
    expect(jaccard(a, b)).toBeCloseTo(j, 10);
    expect(numberAgreement(a, b)).toBe(agree);
  });

  it('reads two quakes by their leads, and a lead without numbers as no evidence', () => {
    const lead = (text: string) => numbersOf(leadText('', [text]));
    const first = lead('A 5.6 magnitude earthquake hit the island, injuring 15 people.');
    expect(numberAgreement(first, lead('A 5.9 magnitude quake levelled seven villages, killing 10.'))).toBe(0);
    expect(numberAgreement(first, lead('The 5.6-magnitude quake struck at dawn.'))).toBe(1);
    expect(numberAgreement(first, lead('An earthquake struck the island at dawn.'))).toBe(0.5);
  });
});
