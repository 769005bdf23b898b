// Tests scripts/data/varcon.ts (the generator of src/data/us-gb.json) and the committed file it made.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { usGbJson, varconRows } from '../../../scripts/data/varcon';
import { MAX_LEVEL, readVarcon } from '../../../scripts/build-data';
import { describeShared, sharedPath } from '../../shared';

// Invented clusters in VarCon's format (README.upstream), one per feature the parser must honour.
const SAMPLE = [
  '# defense <verified> (level 10)',
  'A Cv: defense / B C: defence',
  'A Cv: defenses / B C: defences',
  "A Cv: defense's / B C: defence's",
  '',
  '# organize <verified> (level 10)',
  'A Z: organize / B: organise',
  'A Z: organized / B: organised',
  '',
  '# colorize (level 50)',
  'A: colorize / B: colourise / Z: colourize',
  '',
  '# practice <verified> (level 10)',
  'A B C: practice / AV Cv: practise | <N>',
  'A Cv: practice / AV B C: practise | <V>',
  'A Cv: practiced / AV B C: practised | <V>',
  '',
  '# program <verified> (level 10)',
  'A C D 1: program / B Dv 2: programme | <N>',
  'A B 1: program | computer program',
  '',
  '# acknowledgment <verified> (level 35)',
  'A Cv: acknowledgment / Av B C: acknowledgement # a comment',
  '## a cluster comment',
  '',
  '# Manila (level 50)',
  'A: Manila / B: Manilla | :upper',
  '',
  '# rareword (level 70)',
  'A: rarewordize / B: rarewordise',
  '',
  '# disk <verified> (level 10)',
  'A B: disk / Av Bv: disc | <N> :1',
].join('\n');

describe('varconRows', () => {
  const rows = varconRows(SAMPLE, { maxLevel: 60 });
  const byUs = new Map(rows.map((r) => [r[0], r]));

  it.each([
    ['defense', ['defense', 'defence', 0]],
    ['defenses', ['defenses', 'defences', 0]],
    ['organize', ['organize', 'organise', 2]],
    ['colorize', ['colorize', 'colourise', 0, 'colourize']],
    ['practice', ['practice', 'practise', 1]],
    ['practiced', ['practiced', 'practised', 0]],
    ['program', ['program', 'programme', 1]],
    ['acknowledgment', ['acknowledgment', 'acknowledgement', 0]],
    ['manila', ['manila', 'manilla', 0]],
  ])('%s → %j', (us, row) => {
    expect(byUs.get(us)).toEqual(row);
  });

  it.each(["defense's", 'rarewordize', 'disk', 'Manila'])('leaves out %s (possessive, above the level, same in both, capitalised)', (us) => {
    expect(byUs.has(us)).toBe(false);
  });

  it('keeps higher levels when asked', () => {
    expect(varconRows(SAMPLE, { maxLevel: 70 }).some((r) => r[0] === 'rarewordize')).toBe(true);
  });

  it('is sorted and deterministic', () => {
    const keys = rows.map((r) => r[0]);
    expect(keys).toEqual([...keys].sort());
    expect(usGbJson(SAMPLE, { maxLevel: 60 })).toBe(usGbJson(SAMPLE.split('\n').join('\n'), { maxLevel: 60 }));
  });

  it('returns nothing for text that is not VarCon', () => {
    expect(varconRows('hello\nworld', { maxLevel: 60 })).toEqual([]);
    expect(varconRows('', { maxLevel: 60 })).toEqual([]);
  });
});

describe('the committed us-gb.json', () => {
  const file = readFileSync(resolve(import.meta.dirname, '../../../src/data/us-gb.json'));
  const json = JSON.parse(file.toString('utf8')) as { pairs: unknown[][] };

  it('stays near the size wording-differences §5 budgets (~17.5 KB gz)', () => {
    expect(json.pairs.length).toBeGreaterThan(2900);
    expect(gzipSync(file).length).toBeLessThan(20_000);
  });

  it('flags about a hundred usage-dependent pairs', () => {
    const dependent = json.pairs.filter((r) => ((r[2] as number) & 1) !== 0).length;
    expect(dependent).toBeGreaterThan(80);
    expect(dependent).toBeLessThan(350);
  });
});

describeShared('us-gb.json regenerates from VarCon', ['data', 'varcon', 'varcon.txt'], () => {
  it('equals a fresh build byte for byte', () => {
    const fresh = usGbJson(readVarcon(sharedPath('data', 'varcon', 'varcon.txt')), { maxLevel: MAX_LEVEL });
    const committed = readFileSync(resolve(import.meta.dirname, '../../../src/data/us-gb.json'), 'utf8');
    expect(fresh === committed).toBe(true);
  });
});
