import { describe, expect, it } from 'vitest';
import { preRank, type Candidate } from '../../../src/match/prerank';
import { damLantern } from './stories';

const c = (over: Partial<Candidate> & Pick<Candidate, 'url' | 'title' | 'outlet'>): Candidate => ({
  providers: ['bing'],
  publishedTime: '2031-04-14T12:00:00Z',
  ...over,
});

const candidates: Candidate[] = [
  c({ url: 'https://pedalweekly.test/helvary', title: 'Saskia Morrow wins the Tour of Helvary', outlet: 'Pedal Weekly' }),
  c({
    url: 'https://westmoorherald.test/dam',
    title: 'Thousands flee Linmouth after Brackwater dam collapses',
    outlet: 'Westmoor Herald',
    snippet: 'Mayor Orla Fenwick said 3,400 residents were evacuated.',
  }),
  c({ url: 'https://westmoorherald.test/dam-live', title: 'Live: Linmouth flooding', outlet: 'Westmoor Herald' }),
  c({
    url: 'https://www.dailylantern.test/other',
    title: 'Brackwater dam breach floods Linmouth',
    outlet: 'Daily Lantern',
  }),
  c({
    url: 'https://corvanepost.test/brackwater',
    title: 'Brackwater dam: second failure feared',
    outlet: 'Corvane Post',
    providers: ['bing', 'gdelt'],
  }),
  c({
    url: 'https://oldnews.test/brackwater',
    title: 'Brackwater dam breach floods Linmouth',
    outlet: 'Old News',
    publishedTime: '2029-01-01T00:00:00Z',
  }),
];

describe('preRank', () => {
  const ranked = preRank(damLantern, candidates);

  it('drops the reader’s own outlet and keeps the best per outlet', () => {
    const outlets = ranked.map((r) => r.outlet);
    expect(outlets).not.toContain('Daily Lantern');
    expect(outlets.filter((o) => o === 'Westmoor Herald')).toHaveLength(1);
    expect(ranked.find((r) => r.outlet === 'Westmoor Herald')!.url).toBe('https://westmoorherald.test/dam');
  });

  it('orders by title/snippet similarity, entities, time and provider agreement', () => {
    expect(ranked.map((r) => r.outlet)).toEqual(['Westmoor Herald', 'Corvane Post', 'Old News', 'Pedal Weekly']);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].preScore).toBeGreaterThanOrEqual(ranked[i].preScore);
  });

  it('rewards being found by two providers', () => {
    const one = preRank(damLantern, [candidates[4]].map((x) => ({ ...x, providers: ['bing'] })))[0].preScore;
    const two = preRank(damLantern, [candidates[4]])[0].preScore;
    expect(two - one).toBeCloseTo(0.1, 10);
  });

  it('honours the limit and copes with nothing to rank', () => {
    expect(preRank(damLantern, candidates, 2)).toHaveLength(2);
    expect(preRank(damLantern, [])).toEqual([]);
  });
});
