import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanRaw } from '../../../src/text/scan';
import type { RawKind } from '../../../src/text/scan';
import { describeShared, sharedPath } from '../../shared';

// The regex the scanner replaces: the oracle it must agree with, token for token.
const RAW = /(\p{L}\.(?:\p{L}\.)+)|(\d+(?:[.,:]\d+)*(?:\p{L}+)?)|(\p{L}[\p{L}\p{M}\p{N}]*(?:['\u2019]\p{L}+)*)|(\S)/gu;
const KINDS: RawKind[] = ['initialism', 'number', 'word', 'mark'];

function byRegex(text: string, from: number, to: number): Array<[RawKind, number, number]> {
  const slice = text.slice(from, to);
  const out: Array<[RawKind, number, number]> = [];
  RAW.lastIndex = 0;
  for (let m = RAW.exec(slice); m !== null; m = RAW.exec(slice)) {
    out.push([KINDS[m.slice(1).findIndex((g) => g !== undefined)], from + m.index, from + m.index + m[0].length]);
  }
  return out;
}

function byScanner(text: string, from: number, to: number): Array<[RawKind, number, number]> {
  const out: Array<[RawKind, number, number]> = [];
  const scanned = { start: 0, end: 0 };
  for (let kind = scanRaw(text, from, to, scanned); kind !== 'none'; kind = scanRaw(text, scanned.end, to, scanned)) out.push([kind, scanned.start, scanned.end]);
  return out;
}

describe('scanRaw', () => {
  it.each([
    ['initialism and its stop', 'the U.S. and a.m.', [['word', 0, 3], ['initialism', 4, 8], ['word', 9, 12], ['initialism', 13, 17]]],
    ['number forms', '1,200 3.5m 9am 4.', [['number', 0, 5], ['number', 6, 10], ['number', 11, 14], ['number', 15, 16], ['mark', 16, 17]]],
    ['apostrophes and marks', 'don’t “Zelenskyy’s”', [['word', 0, 5], ['mark', 6, 7], ['word', 7, 18], ['mark', 18, 19]]],
    ['astral code point as one mark', 'a 😀 b', [['word', 0, 1], ['mark', 2, 4], ['word', 5, 6]]],
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
