import { describe, expect, it } from 'vitest';
import * as W from '../../../src/data/words';

describe('monthNumber', () => {
  it.each([
    ['january', 1], ['jan', 1], ['feb', 2], ['february', 2], ['march', 3], ['may', 5], ['aug', 8],
    ['sept', 9], ['sep', 9], ['september', 9], ['sept.', 9], ['oct', 10], ['nov', 11], ['dec.', 12], ['december', 12],
  ] as const)('%s → %i', (word, month) => {
    expect(W.monthNumber(word)).toBe(month);
  });
  it.each(['monday', 'septe', 'ja', '', '.', 'January'])('%j is no month', (word) => {
    expect(W.monthNumber(word)).toBeUndefined();
  });
});

describe('numberWordValue', () => {
  it.each([
    ['zero', 0], ['one', 1], ['nine', 9], ['ten', 10], ['twelve', 12], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
    ['ninety', 90], ['hundred', 100], ['thousand', 1000], ['million', 1e6], ['billion', 1e9], ['dozen', 12],
  ] as const)('%s → %d', (word, value) => {
    expect(W.numberWordValue(word)).toBe(value);
  });
  it.each(['twentyone', 'none', 'once', 'Nine', ''])('%j has no value', (word) => {
    expect(W.numberWordValue(word)).toBeUndefined();
  });
});

describe('word sets', () => {
  const cases: [string, ReadonlySet<string>, string[], string[], [number, number]][] = [
    ['HONORIFICS', W.HONORIFICS, ['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof'], ['president', 'mr.'], [10, 12]],
    ['TITLES', W.TITLES, ['president', 'chancellor', 'minister', 'secretary', 'gen', 'sen', 'gov', 'rep', 'king', 'queen', 'pope'], ['mr', 'said'], [20, 120]],
    ['WEEKDAYS', W.WEEKDAYS, ['monday', 'sunday'], ['today', 'mon'], [7, 7]],
    ['RELATIVE_DAYS', W.RELATIVE_DAYS, ['today', 'yesterday', 'tomorrow'], ['monday'], [3, 6]],
    ['NEGATIONS', W.NEGATIONS, ['not', 'no', 'never', "n't", 'without', 'deny', 'denied', 'nothing', 'none', 'neither', 'nor'], ['now', 'know'], [11, 40]],
    ['MODALS', W.MODALS, ['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would'], ['said'], [9, 12]],
    ['HEDGES', W.HEDGES, ['reportedly', 'allegedly', 'apparently', 'claimed', 'purportedly'], ['said'], [5, 40]],
    ['ATTRIBUTION_VERBS', W.ATTRIBUTION_VERBS, ['said', 'says', 'told', 'claimed', 'admitted', 'insisted', 'warned', 'stated', 'added', 'noted', 'argued'], ['the', 'troops'], [11, 150]],
    ['STOPWORDS', W.STOPWORDS, ['the', 'a', 'of', 'and', 'to', 'in', 'that', 'which'], ['nato', 'troops', 'macron'], [120, 200]],
    ['CONTRACTIONS', W.CONTRACTIONS, ["it's", "he's", "she's", "that's", "there's", "what's", "who's", "let's", "here's"], ["macron's", 'its'], [9, 30]],
    ['MEANING_BEARING_CASE', W.MEANING_BEARING_CASE, ['polish', 'march', 'may', 'turkey', 'august', 'china'], ['nato', 'the'], [6, 120]],
    ['NON_TERMINAL_ABBREVIATIONS', W.NON_TERMINAL_ABBREVIATIONS, ['mr', 'mrs', 'dr', 'prof', 'gen', 'lt', 'col', 'st', 'no', 'jan', 'sept', 'calif', 'fla', 'ill', 'ala', 'conn'], ['inc', 'pm', 'u.s'], [40, 120]],
    ['AMBIGUOUS_ABBREVIATIONS', W.AMBIGUOUS_ABBREVIATIONS, ['inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'am', 'pm'], ['mr'], [8, 20]],
    ['SENTENCE_OPENERS', W.SENTENCE_OPENERS, ['the', 'he', 'she', 'it', 'they', 'but', 'in', 'officials', 'police', 'we', 'i', 'a', 'an', 'this', 'that'], ['macron', 'nato'], [15, 150]],
  ];
  it.each(cases)('%s holds its members, refuses others, and has a sane size', (_name, set, members, others, [min, max]) => {
    for (const m of members) expect(set.has(m), m).toBe(true);
    for (const o of others) expect(set.has(o), o).toBe(false);
    expect(set.size).toBeGreaterThanOrEqual(min);
    expect(set.size).toBeLessThanOrEqual(max);
  });

  it('keeps ambiguous abbreviations out of the non-terminal list (they may end a sentence)', () => {
    for (const a of W.AMBIGUOUS_ABBREVIATIONS) expect(W.NON_TERMINAL_ABBREVIATIONS.has(a), a).toBe(false);
  });
});
