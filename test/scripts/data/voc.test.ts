// Tests scripts/data/voc.ts (the selector behind src/data/dialect-vocabulary.json), the committed copy of
// VarCon's voc.tab it reads, and the committed JSON it made.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADDED, DROPPED_PAIRS, DROPPED_WORDS, spellingMap, vocabularyJson, vocabularySelection } from '../../../scripts/data/voc';
import type { VocabularyRow } from '../../../scripts/data/voc';
import { DEFAULT_VOC, committedSpelling, readVarcon } from '../../../scripts/build-data';

// Invented rows in voc.tab's layout (US, GB, CA, optional note; alternatives comma-separated), one per
// feature the selector must honour.
const SAMPLE = [
  'wagon\tcart,trolley\twagon',
  "wagon's\tcart's,trolley's\twagon's",
  'gear-stick\tshift-lever\tgearstick\t(of car)',
  'bureau\tchest of drawers\tchest of drawers',
  'truck\tlorry,van\ttruck',
  'napkin\tnapkin\tserviette',
  'color\tcolour\tcolour',
  'checking account\tcurrent account\tchecking account',
  'pants\ttrousers\ttrousers',
  'knickers\tpants\tpanties',
  '',
].join('\n');
const SPELLING = new Map([['color', 'colour'], ['checking', 'chequing']]);

describe('vocabularySelection', () => {
  const { rows, dropped, conflicts } = vocabularySelection(SAMPLE, SPELLING);
  const pairs = rows.map(([us, gb]) => `${us}/${gb}`);
  const reasonOf = (id: string) => dropped.find((d) => `${d.us}/${d.gb}` === id)?.reason;

  it.each([
    ['wagon/cart', 'each alternative of the British column'],
    ['wagon/trolley', 'each alternative of the British column'],
    ['gear stick/shift lever', 'hyphens as spaces, as the tokenizer keys them'],
    ['truck/lorry', 'a kept alternative next to a dropped one'],
    ['checking account/current account', 'a phrase whose words only partly have spelling variants'],
    ['pants/trousers', 'a word kept on its American side'],
    ['knickers/pants', 'the same word on its British side: kept, but reported as a conflict'],
  ])('keeps %s (%s)', (pair) => {
    expect(pairs).toContain(pair);
  });

  it.each([
    ["wagon's/cart's", undefined],
    ['napkin/napkin', undefined],
    ['bureau/chest of drawers', DROPPED_WORDS.bureau],
    ['truck/van', DROPPED_PAIRS['truck/van']],
    ['color/colour', 'a VarCon spelling pair already (stays cosmetic spelling)'],
  ])('leaves out %s', (pair, reason) => {
    expect(pairs).not.toContain(pair);
    expect(reasonOf(pair)).toBe(reason);
  });

  it('adds the Parallax rows, tagged as ours', () => {
    for (const [us, gb] of ADDED) expect(rows).toContainEqual([us, gb, 'p']);
    expect(rows.filter((r) => r[2] === 'v').every(([us, gb]) => !ADDED.some((a) => a[0] === us && a[1] === gb))).toBe(true);
  });

  it('reports a word that is American in one pair and British in another', () => {
    expect(conflicts).toEqual(['pants']);
  });

  it('is sorted and deterministic', () => {
    // Code-unit order (no locale): the file must not depend on the machine that built it.
    const cmp = (p: string, q: string): number => (p < q ? -1 : p > q ? 1 : 0);
    const byUsThenGb = (x: VocabularyRow, y: VocabularyRow): number => cmp(x[0], y[0]) || cmp(x[1], y[1]);
    expect(rows).toEqual([...rows].sort(byUsThenGb));
    expect(vocabularyJson(rows)).toBe(vocabularyJson(vocabularySelection(SAMPLE.replace(/\n/g, '\r\n'), SPELLING).rows));
  });

  it('finds nothing but the Parallax rows in text that is not voc.tab', () => {
    expect(vocabularySelection('hello\nworld', SPELLING).rows.map((r) => r[2])).toEqual(ADDED.map(() => 'p'));
  });
});

describe('spellingMap', () => {
  it('maps US and OED forms to the British form, first row winning', () => {
    const map = spellingMap([['organize', 'organise', 2], ['colorize', 'colourise', 0, 'colourize'], ['organize', 'organize-later', 0], [1, 'x', 0]]);
    expect(Object.fromEntries(map)).toEqual({ organize: 'organise', colorize: 'colourise', colourize: 'colourise' });
  });
});

describe('the committed voc.tab and dialect-vocabulary.json', () => {
  const voc = readFileSync(DEFAULT_VOC);
  const committed = readFileSync(resolve(import.meta.dirname, '../../../src/data/dialect-vocabulary.json'), 'utf8');

  it('voc.tab is VarCon’s file unchanged (210 rows)', () => {
    expect(createHash('sha256').update(voc).digest('hex')).toBe('08905f4a9b316b4fbbe5bffd6fca3af6b52ea293a0630c8877105e00cd800bfe');
    expect(voc.toString('latin1').split('\n').filter(Boolean)).toHaveLength(210);
  });

  it('equals a fresh build byte for byte, with no word on both sides', () => {
    const fresh = vocabularySelection(readVarcon(DEFAULT_VOC), committedSpelling());
    expect(fresh.conflicts).toEqual([]);
    expect(vocabularyJson(fresh.rows) === committed).toBe(true);
  });

  it('keeps the pairs the brief names and leaves out the unsafe ones', () => {
    const pairs = (JSON.parse(committed) as { pairs: string[][] }).pairs.map(([us, gb]) => `${us}/${gb}`);
    for (const kept of ['apartment/flat', 'truck/lorry', 'trucks/lorries', 'pants/trousers', 'soccer/football', 'elevator/lift', 'zip code/postcode']) expect(pairs).toContain(kept);
    for (const left of ['flat/puncture', 'gas/petrol', 'mad/angry', 'math/maths', 'attorney/solicitor', 'shorts/pants', 'truck/van']) expect(pairs).not.toContain(left);
  });
});
