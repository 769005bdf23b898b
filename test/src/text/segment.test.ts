import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickSentenceBreaks, segmentSentences } from '../../../src/text/segment';
import { describeShared, sharedPath } from '../../shared';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuBreaks = (s: string): number[] => [...segmenter.segment(s)].map((x) => x.index).filter((x) => x > 0);

describe('segmentSentences', () => {
  it.each([
    ['Mr. Macron met Dr. Smith at 9 a.m. Tuesday. It was fine.', ['Mr. Macron met Dr. Smith at 9 a.m. Tuesday.', 'It was fine.']],
    ['The U.N. Security Council met.', ['The U.N. Security Council met.']],
    ['They returned to the U.S. The president welcomed them.', ['They returned to the U.S.', 'The president welcomed them.']],
    ['No. 10 said on Feb. 26. Officials left.', ['No. 10 said on Feb. 26.', 'Officials left.']],
    ['Gov. Hochul and Sen. Schumer met in St. Petersburg on Dec. 3. It sank.', ['Gov. Hochul and Sen. Schumer met in St. Petersburg on Dec. 3.', 'It sank.']],
    ['“There’s no deal. But talks go on,” she said. He left.', ['“There’s no deal.', 'But talks go on,” she said.', 'He left.']],
    ['Acme Inc. said it would. John F. Kennedy was there.', ['Acme Inc. said it would.', 'John F. Kennedy was there.']],
    ['  One sentence without a stop  ', ['One sentence without a stop']],
    ['', []],
  ])('%s', (text, expected) => {
    const out = segmentSentences(text);
    expect(out.map((s) => s.text)).toEqual(expected);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('starts at `from`, keeping offsets into the whole text', () => {
    const text = 'PARIS (AP) — Macron spoke. He left.';
    const out = segmentSentences(text, 13);
    expect(out.map((s) => [s.start, s.text])).toEqual([[13, 'Macron spoke.'], [27, 'He left.']]);
  });
});

describe('quickSentenceBreaks (the shortcut past Intl.Segmenter)', () => {
  it.each([
    ['Crews left the pier. Varga stayed.', [21]],
    ['The ferry sank. “We saw it,” she said.', [16]],
    ['Who knew? he asked. Nobody did.', [10, 20]],
    ['It cost 3.5m in the U.S. and e.g. more. Done.', [40]],
    ['No stop at the end', []],
    ['Ends with a quote.”', []],
  ])('decides %j', (text, expected) => {
    expect(quickSentenceBreaks(text)).toEqual(expected);
    expect(quickSentenceBreaks(text)).toEqual(icuBreaks(text));
  });

  it.each([
    ['a run of stops', 'Wait... Then go.'],
    ['digits after the space', 'It rose 5%. 3 ferries sank.'],
    ['a newline', 'One.\nTwo.'],
    ['non-ASCII letters', 'Café closed. Crews left.'],
    ['a mark glued after a stop', 'He said.”Then left.'],
  ])('leaves %s to the segmenter', (_name, text) => {
    expect(quickSentenceBreaks(text)).toBeNull();
  });

  it('agrees with Intl.Segmenter wherever it decides (generated text)', () => {
    const units = ['.', '?', '!', ' ', 'a', 'B', 'Mr', 'U', '5', '"', "'", '(', ')', '[', ']', '“', '”', '‘', '’', '—', '–', ',', ';', ':', '-', 'word', 'The', '\t', '\n', 'é', '…', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        const quick = quickSentenceBreaks(text);
        if (quick !== null) expect(quick).toEqual(icuBreaks(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describeShared('quickSentenceBreaks on real paragraphs', ['corpora', 'basil-dev', 'articles'], () => {
  it('agrees with Intl.Segmenter on every BASIL dev paragraph it decides, and decides most of them', () => {
    const dir = sharedPath('corpora', 'basil-dev', 'articles');
    let decided = 0;
    let total = 0;
    for (const year of readdirSync(dir)) {
      for (const f of readdirSync(join(dir, year))) {
        const d = JSON.parse(readFileSync(join(dir, year, f), 'utf8')) as { 'body-paragraphs': string[][] };
        for (const p of d['body-paragraphs'].map((x) => x.join(' '))) {
          total++;
          const quick = quickSentenceBreaks(p);
          if (quick === null) continue;
          decided++;
          expect(quick, p).toEqual(icuBreaks(p));
        }
      }
    }
    expect(decided / total).toBeGreaterThan(0.5);
  });
});
