import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/main';

const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t), colour: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// An invented story in two house styles, written for these tests.
const wire = file(
  'wire.txt',
  `Harbour council backs new sea wall

HARTFIELD (Wire) — The harbour council voted Tuesday to spend $40 million on new sea defenses, the mayor said.

"We cannot wait for the next storm to to decide," Mayor Dana Whitlock said. The U.K. firm Coastline will build it.

NATO engineers advised the council last year.`,
);
const british = file(
  'british.txt',
  `Harbour council backs new sea wall

The harbour council voted on Tuesday to spend $40 million on new sea defences, the mayor said.

"We cannot wait for the next storm to to decide," Mrs Whitlock said. The UK firm Coastline will build it.

Nato engineers advised the council last year.`,
);

describe('parallax compare', () => {
  it('prints the contract JSON with the engine’s findings', async () => {
    const r = await cli('compare', wire, british, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    for (const key of ['similarity', 'sharedText', 'differences', 'variants', 'quotes', 'onlyInA', 'onlyInB', 'sharedTypos', 'moved', 'partial']) {
      expect(json).toHaveProperty(key);
    }
    expect(json.a.title).toBe('Harbour council backs new sea wall');
    const pairs = json.variants.map((v: { kind: string; a: string; b: string }) => `${v.kind}:${v.a}→${v.b}`);
    expect(pairs).toContain('case:NATO→Nato');
    expect(pairs).toContain('spelling:defenses→defences');
    expect(pairs).toContain('abbreviation:U.K.→UK');
    expect(json.sharedTypos).toContain('to to');
    for (const d of json.differences) {
      expect(typeof d.aSentence === 'string' || d.aSentence === null).toBe(true);
      expect(typeof d.cosmetic).toBe('boolean');
    }
  });

  // A US/UK word swap is wording, named, with its rule and a low salience (src/data/dialect-vocabulary.json).
  it('names a dialect word swap in the JSON and in the report', async () => {
    const us = file('us.txt', 'Depot reopens after crash\n\nThe truck driver was taken to hospital after the crash on the coast road, officials said on Monday.');
    const uk = file('uk.txt', 'Depot reopens after crash\n\nThe lorry driver was taken to hospital after the crash on the coast road, officials said on Monday.');
    const json = JSON.parse((await cli('compare', us, uk, '--json')).out);
    const swap = json.differences.find((d: { a: string }) => d.a === 'truck');
    expect(swap).toMatchObject({ kind: 'wording', cosmetic: false, b: 'lorry', detail: 'dialect-vocabulary', salience: 'low' });
    expect(swap.rule).toMatch(/US "truck" \/ UK "lorry"/);
    expect((await cli('compare', us, uk)).out).toMatch(/wording\s+\[-truck-\] \{\+lorry\+\} \(US\/UK word\)/);
  });

  it('prints a readable report without --json', async () => {
    const r = await cli('compare', wire, british);
    expect(r.code).toBe(0);
    expect(r.out).toContain('House style');
    expect(r.out).toContain('NATO → Nato');
    expect(r.out).not.toContain('\u001b['); // no colour when not asked for
  });
});

describe('parallax match', () => {
  it('gives a verdict per candidate', async () => {
    const other = file('other.txt', 'Football club signs striker\n\nThe club signed a striker from Spain on Friday for a record fee, its chairman said.');
    const r = await cli('match', wire, british, other, '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out);
    expect(rows.map((x: { source: string }) => x.source)).toEqual([british, other]);
    expect(rows[0].score).toBeGreaterThan(rows[1].score);
    expect(rows[1].verdict).toBe('different');
  });
});

describe('bad input gets one plain line and exit code 2', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['missing file', () => ['compare', join(dir, 'nope.txt'), wire], /no such file/],
    ['empty file', () => ['compare', file('empty.txt', ''), wire], /is empty/],
    ['blank text', () => ['compare', file('blank.txt', '\n\n   \n'), wire], /no text/],
    ['binary file', () => ['compare', file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])), wire], /binary file/],
    ['an HTML page that is not an article', () => ['compare', file('front.html', '<!doctype html><html><head><title>News</title></head><body><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></body></html>'), wire], /not look like a news article/],
    ['folder', () => ['compare', dir, wire], /folder/],
    ['one source', () => ['compare', wire], /two sources/],
    ['unknown command', () => ['frobnicate'], /unknown command/],
    ['unknown option', () => ['compare', wire, british, '--fast'], /Unknown option/],
    ['extract of text', () => ['extract', wire], /not HTML/],
    ['non-article HTML', () => ['extract', file('menu.html', '<!doctype html><html><head><title>Menu</title></head><body><a href="/a">A</a> <a href="/b">B</a></body></html>')], /.+/],
  ];
  it.each(cases)('%s', async (_name, argv, message) => {
    const r = await cli(...argv());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^parallax: /);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.out).toBe('');
  });
});

describe('parallax extract', () => {
  const page = join(import.meta.dirname, '..', 'fixtures', 'pages', 'meridian-wire-bridge.html');
  it('extracts plain text and metadata from an HTML file', async () => {
    const r = await cli('extract', page, '--url', 'https://meridianwire.example/news/bridge', '--json');
    expect(r.code).toBe(0);
    const x = JSON.parse(r.out);
    expect(x.title.length).toBeGreaterThan(10);
    expect(x.url).toMatch(/^https:\/\/meridianwire\.example\//);
    expect(x.paragraphs.length).toBeGreaterThan(2);
    expect(x.paragraphs.join(' ')).not.toMatch(/<[a-z]/i);
  });
});
