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

  it('widens a headline-only query with its best matches, so a headline sharing only their names ranks above noise', () => {
    const reader = { title: 'Quarry official says rain delayed the Brackwater repairs', outlet: 'Daily Lantern', url: 'https://dailylantern.test/q', publishedTime: '2031-04-14T12:00:00Z', paragraphs: [] };
    const pool = [
      c({ url: 'https://a.test/1', title: 'Brackwater repairs delayed by rain, Hollin Marsk says', outlet: 'A' }),
      c({ url: 'https://b.test/1', title: 'Rain delays Brackwater repairs: Marsk', outlet: 'B' }),
      c({ url: 'https://d.test/1', title: 'Tour of Helvary expects record crowds by June', outlet: 'D' }),
      c({ url: 'https://c.test/1', title: 'Hollin Marsk expects the Corvane works to finish by June', outlet: 'C' }),
      ...['E', 'F', 'G', 'H'].map((o) => c({ url: `https://${o}.test/x`, title: `Cycling team ${o} signs a sprinter`, outlet: o })),
    ];
    // D comes first in the pool, so without feedback the tie (no shared word with the reader) goes to D.
    const order = preRank(reader, pool).map((r) => r.outlet);
    expect(order.indexOf('C')).toBeLessThan(order.indexOf('D'));
    expect(order.slice(0, 2).sort()).toEqual(['A', 'B']);
  });
});
