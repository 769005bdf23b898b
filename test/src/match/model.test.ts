import { describe, expect, it } from 'vitest';
import { MATCH_MODEL, probability, SIGNALS, type Signals } from '../../../src/match/model';

const zero = Object.fromEntries(SIGNALS.map((s) => [s, 0])) as Signals;

describe('MATCH_MODEL', () => {
  it('has one finite weight per signal and thresholds inside (0, 1)', () => {
    expect(Object.keys(MATCH_MODEL.weights).sort()).toEqual([...SIGNALS].sort());
    for (const s of SIGNALS) expect(Number.isFinite(MATCH_MODEL.weights[s])).toBe(true);
    expect(MATCH_MODEL.related).toBeGreaterThan(0);
    expect(MATCH_MODEL.related).toBeLessThan(MATCH_MODEL.same);
    expect(MATCH_MODEL.same).toBeLessThan(1);
  });

  it('says "not the same story" for a pair with no shared evidence', () => {
    expect(probability(zero)).toBeLessThan(MATCH_MODEL.related);
  });

  it.each(SIGNALS.filter((s) => s !== 'inWindow' && s !== 'time'))('more %s never lowers the probability', (s) => {
    const base = { ...zero, inWindow: 1, time: 0.5, cosine: 0.2 };
    expect(probability({ ...base, [s]: 0.6 })).toBeGreaterThanOrEqual(probability(base));
  });

  it('a near-copy in the time window is the same story', () => {
    const all = Object.fromEntries(SIGNALS.map((s) => [s, 0.9])) as Signals;
    expect(probability({ ...all, inWindow: 1 })).toBeGreaterThanOrEqual(MATCH_MODEL.same);
  });
});
