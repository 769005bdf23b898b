import { describe, expect, it } from 'vitest';
import { buildQuery } from '../../../src/match/query';
import { article, damLantern } from './stories';

describe('buildQuery', () => {
  const now = new Date('2031-05-01T00:00:00Z');

  it('ranks title entities first and people ahead of orgs, without the outlet', () => {
    const q = buildQuery(damLantern, now);
    expect(q.entities.slice(0, 2)).toEqual(expect.arrayContaining(['Linmouth', 'Brackwater']));
    expect(q.entities).toContain('Orla Fenwick');
    expect(q.entities).not.toContain('Daily Lantern');
    expect(q.entities.length).toBeLessThanOrEqual(5);
  });

  it('picks 1–2 title keywords that are not stopwords or entities, at least 4 letters', () => {
    const q = buildQuery(damLantern, now);
    expect(q.keywords.length).toBeGreaterThanOrEqual(1);
    expect(q.keywords.length).toBeLessThanOrEqual(2);
    for (const k of q.keywords) {
      expect(k.length).toBeGreaterThanOrEqual(4);
      expect(['linmouth', 'brackwater', 'as', 'of']).not.toContain(k);
    }
    // Title words the body repeats come first: they are the story's topic, not headline colour.
    const body = damLantern.paragraphs.join(' ').toLowerCase();
    for (const k of q.keywords) expect(body).toContain(k);
    expect(damLantern.title.toLowerCase()).toContain(q.keywords[0]);
  });

  it.each([
    ['2031-04-14T08:00:00Z', '2031-05-01T00:00:00Z', '2031-04-13', '2031-04-17'],
    ['2031-04-30T08:00:00Z', '2031-05-01T00:00:00Z', '2031-04-29', '2031-05-01'],
    [null, '2031-05-01T00:00:00Z', '2031-04-30', '2031-05-01'],
    ['garbage', '2031-05-01T00:00:00Z', '2031-04-30', '2031-05-01'],
  ])('window for %s at %s is %s … %s', (published, nowIso, from, to) => {
    const q = buildQuery({ ...damLantern, publishedTime: published }, new Date(nowIso));
    expect([q.from, q.to]).toEqual([from, to]);
  });

  it('takes the language subtag and the registrable domain to exclude', () => {
    const q = buildQuery({ ...damLantern, lang: 'en-GB' }, now);
    expect(q.lang).toBe('en');
    expect(q.excludeOutlet).toBe('dailylantern.test');
    expect(buildQuery({ ...damLantern, lang: null }, now).lang).toBe('en');
  });

  it('copes with an empty article', () => {
    const q = buildQuery(article({ paragraphs: [], url: '' }), now);
    expect(q).toMatchObject({ entities: [], keywords: [], lang: 'en' });
  });
});
