import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RAW_INITIALISM, RAW_MARK, RAW_NONE, RAW_NUMBER, RAW_WORD, scanRaw, scanned } from '../../../src/text/scan';
import { describeShared, sharedPath } from '../../shared';

// The regex the scanner replaces: the oracle it must agree with, token for token.
const RAW = /(\p{L}\.(?:\p{L}\.)+)|(\d+(?:[.,:]\d+)*(?:\p{L}+)?)|(\p{L}[\p{L}\p{M}\p{N}]*(?:['\u2019]\p{L}+)*)|(\S)/gu;
const KINDS = [RAW_INITIALISM, RAW_NUMBER, RAW_WORD, RAW_MARK];

function byRegex(text: string, from: number, to: number): Array<[number, number, number]> {
  const slice = text.slice(from, to);
  const out: Array<[number, number, number]> = [];
  RAW.lastIndex = 0;
  for (let m = RAW.exec(slice); m !== null; m = RAW.exec(slice)) {
    out.push([KINDS[m.slice(1).findIndex((g) => g !== undefined)], from + m.index, from + m.index + m[0].length]);
  }
  return out;
}

function byScanner(text: string, from: number, to: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (let kind = scanRaw(text, from, to); kind !== RAW_NONE; kind = scanRaw(text, scanned.end, to)) out.push([kind, scanned.start, scanned.end]);
  return out;
}

describe('scanRaw', () => {
  it.each([
    ['initialism and its stop', 'the U.S. and a.m.', [[RAW_WORD, 0, 3], [RAW_INITIALISM, 4, 8], [RAW_WORD, 9, 12], [RAW_INITIALISM, 13, 17]]],
    ['number forms', '1,200 3.5m 9am 4.', [[RAW_NUMBER, 0, 5], [RAW_NUMBER, 6, 10], [RAW_NUMBER, 11, 14], [RAW_NUMBER, 15, 16], [RAW_MARK, 16, 17]]],
    ['apostrophes and marks', 'don’t “Zelenskyy’s”', [[RAW_WORD, 0, 5], [RAW_MARK, 6, 7], [RAW_WORD, 7, 18], [RAW_MARK, 18, 19]]],
    ['astral code point as one mark', 'a 😀 b', [[RAW_WORD, 0, 1], [RAW_MARK, 2, 4], [RAW_WORD, 5, 6]]],
  ])('%s', (_name, text, expected) => {
    expect(byScanner(text, 0, text.length)).toEqual(expected);
    expect(byScanner(text, 0, text.length)).toEqual(byRegex(text, 0, text.length));
  });

  it('agrees with the regex on generated text, cut anywhere', () => {
    const units = ['a', 'Z', 'é', 'e\u0301', 'ß', 'ǅ', '\u0663', '5', '0', '.', ',', ':', "'", '’', '-', ' ', '\u00a0', '\t', '\n', '"', '“', '😀', '\ud83d', '\u2009', '²', 'U.S.', 'a.m', '1,2', '3.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 20 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.join('');
        const from = text.length === 0 ? 0 : x % (text.length + 1);
        const to = from + (text.length - from === 0 ? 0 : y % (text.length - from + 1));
        expect(byScanner(text, from, to)).toEqual(byRegex(text, from, to));
      }),
      { numRuns: 5000 },
    );
  });
});

describeShared('scanRaw on real paragraphs', ['corpora', 'basil-dev', 'articles'], () => {
  it('agrees with the regex on every BASIL dev paragraph', () => {
    const dir = sharedPath('corpora', 'basil-dev', 'articles');
    for (const year of readdirSync(dir)) {
      for (const f of readdirSync(join(dir, year))) {
        const d = JSON.parse(readFileSync(join(dir, year, f), 'utf8')) as { 'body-paragraphs': string[][] };
        for (const p of d['body-paragraphs'].map((x) => x.join(' '))) expect(byScanner(p, 0, p.length), p).toEqual(byRegex(p, 0, p.length));
      }
    }
  });
});
