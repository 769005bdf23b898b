// Tests src/data/vocabulary.ts: lookups in dialect-vocabulary.json by token keys.
import { describe, expect, it } from 'vitest';
import vocabulary from '../../../src/data/dialect-vocabulary.json';
import { DIALECT_MAX_WORDS, dialectPair, dialectPairCount } from '../../../src/data/vocabulary';
import { tokenize } from '../../../src/text/tokenize';

const keys = (text: string): string[] => tokenize(text).filter((t) => t.type !== 'punct').map((t) => t.key);

describe('dialectPair', () => {
  it.each([
    ['truck', 'lorry', { us: 'truck', gb: 'lorry' }, 'a'],
    ['lorry', 'truck', { us: 'truck', gb: 'lorry' }, 'b'],
    ['Lorries', 'trucks', { us: 'trucks', gb: 'lorries' }, 'b'],
    ['gear-lever', 'gearshift', { us: 'gearshift', gb: 'gear lever' }, 'b'],
    ['zip code', 'postcode', { us: 'zip code', gb: 'postcode' }, 'a'],
  ])('%s / %s', (a, b, pair, usSide) => {
    expect(dialectPair(keys(a), keys(b))).toEqual({ pair, usSide });
  });

  it.each([
    ['truck', 'van'],
    ['truck', 'truck'],
    ['flat', 'puncture'],
    ['mom', 'mum'],
    ['old truck', 'lorry'],
    ['', 'lorry'],
  ])('finds nothing for %s / %s', (a, b) => {
    expect(dialectPair(keys(a), keys(b))).toBeUndefined();
  });

  it('keys every table word as the tokenizer does, so every row can match', () => {
    for (const [us, gb] of vocabulary.pairs) {
      expect(dialectPair(keys(us), keys(gb)), `${us} / ${gb}`).toBeDefined();
      expect(dialectPair(keys(gb), keys(us))?.usSide, `${gb} / ${us}`).toBe('b');
    }
  });

  it('knows the longest side and the row count', () => {
    expect(DIALECT_MAX_WORDS).toBe(Math.max(...vocabulary.pairs.flatMap(([us, gb]) => [us.split(' ').length, gb.split(' ').length])));
    expect(dialectPairCount()).toBe(vocabulary.pairs.length);
    expect(dialectPairCount()).toBeGreaterThan(100);
  });
});
