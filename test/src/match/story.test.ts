import { describe, expect, it } from 'vitest';
import { decide, matchStory, MATCH_RULES } from '../../../src/match/story';
import { budgetRow, cycling, damHerald, damInquiry, damLantern } from './stories';

const batch = [damHerald, damInquiry, budgetRow, cycling];
const score = (b: typeof damHerald) => matchStory(damLantern, b, { others: batch });

describe('matchStory', () => {
  it('orders scores: same event > follow-up > different event with shared entities > unrelated', () => {
    const s = [damHerald, damInquiry, budgetRow, cycling].map((b) => score(b).score);
    expect(s[0]).toBeGreaterThan(s[1]);
    expect(s[1]).toBeGreaterThan(s[2]);
    expect(s[2]).toBeGreaterThan(s[3]);
  });

  it.each([
    ['the same breach told by another outlet', damHerald, 'same-story'],
    ['the inquiry six days later', damInquiry, 'related'],
    ['an unrelated cycling race', cycling, 'different'],
  ] as const)('%s → %s', (_name, candidate, verdict) => {
    expect(score(candidate).verdict).toBe(verdict);
  });

  it('does not call a different event in the same town the same story', () => {
    expect(score(budgetRow).verdict).not.toBe('same-story');
  });

  it('reports the evidence: shared entities, shared quote, time gap', () => {
    const { evidence } = score(damHerald);
    expect(evidence.sharedEntities).toEqual(expect.arrayContaining(['Linmouth', 'Orla Fenwick', 'Tobias Greave']));
    expect(evidence.sharedEntities).not.toContain('Daily Lantern');
    expect(evidence.sharedQuotes).toEqual(['We have never seen the river rise this fast, and we are not done yet']);
    expect(evidence.quoteOverlap).toBe(1);
    expect(evidence.timeGapHours).toBeCloseTo(5.5, 5);
    expect(evidence.cosine).toBeGreaterThan(0.3);
    expect(evidence.entityOverlap).toBeGreaterThan(0.3);
    expect(score(cycling).evidence.sharedEntities).toEqual([]);
  });

  it('is symmetric in its score and works without a batch', () => {
    const ab = matchStory(damLantern, damHerald);
    const ba = matchStory(damHerald, damLantern);
    expect(ab.score).toBeCloseTo(ba.score, 10);
    expect(ab.verdict).toBe('same-story');
  });

  it('treats unknown dates as no evidence, and a gap beyond four days as not the same story', () => {
    const undated = matchStory({ ...damLantern, publishedTime: null }, damHerald);
    expect(undated.evidence.timeGapHours).toBeNull();
    expect(undated.verdict).toBe('same-story');
    const late = matchStory(damLantern, { ...damHerald, publishedTime: '2031-04-25T00:00:00Z' });
    expect(late.verdict).toBe('related');
  });

  it.each([
    ['a high score inside the window and over the body floor', 1, 0.2, 5, 'same-story'],
    ['the same score with bodies that share too little (two stories about one person)', 1, MATCH_RULES.minCosine - 0.01, 5, 'related'],
    ['the same score beyond the time window (a follow-up)', 1, 0.2, MATCH_RULES.maxGapHours + 1, 'related'],
    ['the same score with unknown dates', 1, 0.2, null, 'same-story'],
  ] as const)('decide: %s', (_, score, cosine, gap, verdict) => {
    const evidence = { cosine, entityOverlap: 0.3, sharedEntities: [], quoteOverlap: 0, sharedQuotes: [], timeGapHours: gap };
    expect(decide(score, evidence)).toBe(verdict);
  });

  it('survives empty and odd input with a "different" verdict', () => {
    const empty = { title: '', outlet: '', url: '', publishedTime: 'not a date', paragraphs: [] };
    const r = matchStory(empty, damLantern);
    expect(r.verdict).toBe('different');
    expect(r.evidence.timeGapHours).toBeNull();
    expect(Number.isFinite(r.score)).toBe(true);
  });
});
