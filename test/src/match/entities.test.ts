import { describe, expect, it } from 'vitest';
import { entityKey, extractEntities, rankEntities } from '../../../src/match/entities';
import { damLantern } from './stories';

describe('entityKey', () => {
  it.each([
    ['Mr. Macron', 'macron'],
    ['President Macron', 'macron'],
    ["Fenwick's", 'fenwick'],
    ['U.S.', 'us'],
    ['United States', 'us'],
    ['NATO', 'nato'],
    ['Nato', 'nato'],
    ['U.K.', 'uk'],
    ['Britain', 'uk'],
    ['The Northmarch Water Authority', 'northmarch water authority'],
  ])('%s → %s', (surface, key) => expect(entityKey(surface)).toBe(key));
});

describe('extractEntities', () => {
  const e = extractEntities(damLantern.title, damLantern.paragraphs);

  it('finds people, organisations and places, folding surnames into full names', () => {
    expect(e.get('orla fenwick')).toMatchObject({ display: 'Orla Fenwick', kind: 'person', inLead: true });
    expect(e.get('orla fenwick')!.count).toBeGreaterThanOrEqual(2);
    expect(e.get('tobias greave')!.count).toBeGreaterThanOrEqual(2);
    expect(e.get('northmarch water authority')?.kind).toBe('org');
    expect(e.has('fenwick')).toBe(false);
  });

  it('marks title entities, and keeps sentence-initial words and weekdays out', () => {
    expect(e.get('brackwater')?.inTitle).toBe(true);
    expect(e.get('linmouth')?.inTitle).toBe(true);
    for (const noise of ['residents', 'engineers', 'monday', 'the', 'we']) expect(e.has(noise)).toBe(false);
  });

  it('accepts a sentence-initial name when it recurs mid-sentence', () => {
    const x = extractEntities('', ['Quill spoke first.', 'Later, Judge Quill adjourned.']);
    expect(x.has('quill')).toBe(true);
    const y = extractEntities('', ['Officials spoke first.', 'Later, the officials left.']);
    expect(y.has('officials')).toBe(false);
  });

  it('ranks by salience (3·title + lead + count)', () => {
    const ranked = rankEntities(e).map((x) => x.key);
    expect(ranked.indexOf('linmouth')).toBeLessThan(ranked.indexOf('tobias greave'));
    for (const x of rankEntities(e)) expect(x.salience).toBe(3 * Number(x.inTitle) + Number(x.inLead) + x.count);
  });

  it('returns nothing for empty input', () => {
    expect(extractEntities('', []).size).toBe(0);
  });
});
