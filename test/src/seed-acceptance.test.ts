import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare';
import type { Article, Comparison, Difference } from '../../src/index';
import { describeShared, sharedPath } from '../shared';

// The acceptance bar of issue 2: the AP seed (A) against the British rewrite (B), read at run time.
function load(name: string): Article {
  const text = readFileSync(sharedPath('seeds', name), 'utf8');
  return { title: '', outlet: name, url: '', publishedTime: null, paragraphs: text.split(/\n\s*\n/) };
}

describeShared('seed pair: AP vs British outlet', ['seeds'], () => {
  let c: Comparison;
  beforeAll(() => {
    c = compareArticles(load('000_416ed576ed23afb6.txt'), load('004_73da1f60caab5eee.txt'));
  });
  const has = (kind: Difference['kind'], a: string, b: string): Difference | undefined =>
    c.differences.find((d) => d.kind === kind && d.a === a && d.b === b);

  it.each([
    ['case', 'NATO', 'Nato'],
    ['case', 'Western', 'western'],
    ['transliteration', 'Zelenskyy', 'Zelensky'],
    ['spelling', 'defenses', 'defences'],
    ['abbreviation', 'U.K.', 'UK'],
    ['honorific', 'Macron', 'Mr Macron'],
    ['possessive', 'Ukraine President', 'Ukraine’s President'],
  ] as const)('finds %s %s → %s as a cosmetic difference', (kind, a, b) => {
    const d = has(kind, a, b);
    expect(d).toBeDefined();
    expect(d?.cosmetic).toBe(true);
  });

  it('finds Western → western in "shore up Western support"', () => {
    const d = has('case', 'Western', 'western');
    const span = c.differences.filter((x) => x.kind === 'case' && x.a === 'Western').map((x) => x.aSpan);
    expect(d).toBeDefined();
    const paragraphs = load('000_416ed576ed23afb6.txt').paragraphs;
    expect(span.some((s) => s !== null && paragraphs[s.paragraph].slice(s.start - 9, s.end + 8) === 'shore up Western support')).toBe(true);
  });

  it('counts Macron → Mr Macron at least 3 times, once in variants', () => {
    expect(c.differences.filter((d) => d.kind === 'honorific' && d.a === 'Macron' && d.b === 'Mr Macron').length).toBeGreaterThanOrEqual(3);
    const variants = c.variants.filter((v) => v.kind === 'honorific' && v.a === 'Macron' && v.b === 'Mr Macron');
    expect(variants).toHaveLength(1);
    expect(variants[0].count).toBeGreaterThanOrEqual(3);
  });

  it('reports the reworded Macron quote as a meaningful quote difference', () => {
    const q = c.differences.find((d) => d.kind === 'quote' && d.b.includes('endorsed'));
    expect(q).toBeDefined();
    expect(q?.cosmetic).toBe(false);
    expect(q?.speaker).toBe('Macron');
    expect(c.sentencesA[q!.aSentence].text).toContain('to send in an official manner troops on the ground');
  });

  it('has "strategic ambiguity" as a quote only B has', () => {
    expect(c.quotes.find((q) => q.b === 'strategic ambiguity')?.status).toBe('only-b');
  });

  it('keeps the O’Brien and "top French official" sentences only in A, and nothing A tells only in B', () => {
    const onlyA = c.onlyInA.map((s) => s.text);
    expect(onlyA.some((t) => t.includes('James O’Brien'))).toBe(true);
    expect(onlyA.some((t) => t.startsWith('A top French official said the conference isn’t aimed at making new commitments'))).toBe(true);
    expect(c.onlyInB).toEqual([]);
  });

  it('finds the shared typo "to to"', () => {
    expect(c.sharedTypos).toContain('to to');
  });

  it.each([
    'THIS IS BREAKING NEWS: Earlier story below:',
    'Associated Press writer John Leicester contributed to this report.',
    'Follow the AP’s coverage of the war at',
    'More about:',
  ])('sets aside "%s" as boilerplate, never only-in-A', (line) => {
    expect(c.onlyInA.some((s) => s.text.includes(line))).toBe(false);
    expect(c.boilerplate.some((b) => b.side === 'a' && b.text.includes(line))).toBe(true);
  });

  it('never reports a cosmetic pair above as wording or substantive', () => {
    const pairs = [['NATO', 'Nato'], ['Western', 'western'], ['Zelenskyy', 'Zelensky'], ['defenses', 'defences'], ['U.K.', 'UK'], ['Macron', 'Mr Macron']];
    for (const [a, b] of pairs) {
      expect(c.differences.filter((d) => (d.kind === 'wording' || d.kind === 'substantive') && d.a === a && d.b === b)).toEqual([]);
    }
  });

  it('is complete, similar and partly verbatim', () => {
    expect(c.partial).toBe(false);
    expect(c.similarity).toBeGreaterThan(0.5);
    expect(c.sharedText.b).toBeGreaterThan(c.sharedText.a);
  });
});
