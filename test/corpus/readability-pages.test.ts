// Our wrapper over the news pages of Mozilla Readability's own test suite: the title must be Readability's
// expected title, and our paragraphs may only REMOVE from Readability's expected text (their words are an
// in-order subsequence of it) while keeping most of it.
import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { extractArticle } from '../../extension/content/extract';
import { describeShared, hasShared, sharedPath } from '../shared';

const CORPUS = ['corpora', 'readability-test-pages'];
// Readability's harness loads every page at this URL; relative links and canonical URLs resolve against it.
const PAGE_URL = 'http://fakehost/test/page.html';
// Two coverage checks. Every word Readability had must be either kept or reported in `removed` (cleaning
// never loses text silently): kept + removed >= 0.99 (measured: 1.000 on every page). And what we keep must
// be most of it: cleaning drops captions, photo credits, bylines and promos, which on these pages is up to
// 12.5% (nytimes-3, eight long captions); 0.85 allows that, while a wrong content block keeps far less.
const MIN_ACCOUNTED = 0.99;
const MIN_COVERAGE = 0.85;
// One page's expected output is itself mostly furniture: a grid of "Photo"/"Credit …" lines and
// "Más en …" section promos (44% of its words), all of which cleaning sets aside, with reasons.
const COVERAGE_EXCEPTIONS: Record<string, number> = { 'nytimes-5': 0.5 };
// Need Readability newer than npm 0.6.0 (see corpora/README.md).
const NEEDS_NEWER = new Set(['mathjax', 'title-en-dash']);

interface Row {
  dir: string;
  category: string;
}

function newsPages(): Row[] {
  if (!hasShared(...CORPUS, 'pages_index.tsv')) return [];
  const [header, ...lines] = readFileSync(sharedPath(...CORPUS, 'pages_index.tsv'), 'utf8').trim().split('\n');
  const cols = header.split('\t');
  return lines
    .map((line) => {
      const cells = line.split('\t');
      return { dir: cells[cols.indexOf('dir')], category: cells[cols.indexOf('category')] };
    })
    .filter((r) => /news/.test(r.category) && !NEEDS_NEWER.has(r.dir));
}

/** The expectation at npm 0.6.0 where the suite's expectation moved on after the release. */
function expectedFile(dir: string, file: string): string {
  const pinned = sharedPath(...CORPUS, 'expected-at-npm-0.6.0', dir, file);
  return readFileSync(existsSync(pinned) ? pinned : sharedPath(...CORPUS, 'pages', dir, file), 'utf8');
}

const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'LABEL', 'BIG']);

/** Text with a space at every block boundary, as our paragraphs split it. */
function blockText(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data;
  if (node.nodeType !== 1) return '';
  const tag = (node as Element).tagName.toUpperCase();
  let inner = '';
  for (let c = node.firstChild; c; c = c.nextSibling) inner += blockText(c);
  return INLINE.has(tag) ? inner : ` ${inner} `;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
// Our cleaning drops invisible format characters (soft hyphens, zero-width spaces) so "Vladi\u00admir"
// stays one word; the expected text gets the same treatment before words are compared.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const tokens = (s: string): string[] => s.replace(INVISIBLE, '').match(TOKEN) ?? [];

// Our paragraphs split at every block boundary; Readability's serialised text may run two blocks together
// ("Page <p>A</p><p>22</p>" is "A22" in one expectation): a run of up to 3 of our words may match one of
// its words.
const MAX_MERGE = 3;

/** How many of `ours` match `expected` in order (greedy: optimal for a subsequence test). */
function subsequencePrefix(ours: string[], expected: string[]): number {
  let j = 0;
  let i = 0;
  while (i < ours.length) {
    let consumed = 0;
    while (j < expected.length && consumed === 0) {
      if (expected[j] === ours[i]) consumed = 1;
      else {
        let joined = ours[i];
        for (let k = 1; k < MAX_MERGE && i + k < ours.length && expected[j].startsWith(joined); k++) {
          joined += ours[i + k];
          if (joined === expected[j]) {
            consumed = k + 1;
            break;
          }
        }
      }
      if (consumed === 0) j++;
    }
    if (consumed === 0) return i;
    i += consumed;
    j++;
  }
  return ours.length;
}

const pages = newsPages();

describeShared('wrapper over Readability test pages (news)', CORPUS, () => {
  it('lists the 51 news pages of the index (minus the 2 that need newer Readability)', () => {
    expect(pages.length + NEEDS_NEWER.size).toBeGreaterThanOrEqual(51);
    expect(pages.length).toBeGreaterThanOrEqual(49);
  });

  it.each(pages.map((p) => [p.dir]))('%s', (dir) => {
    const source = readFileSync(sharedPath(...CORPUS, 'pages', dir, 'source.html'), 'utf8');
    const meta = JSON.parse(expectedFile(dir, 'expected-metadata.json')) as { title: string };
    const expectedDoc = new JSDOM(expectedFile(dir, 'expected.html')).window.document;
    const expectedTokens = tokens(blockText(expectedDoc.body));

    const result = extractArticle(new JSDOM(source, { url: PAGE_URL }).window.document);
    if (!result.ok) throw new Error(`${dir}: ${result.code}: ${result.message}`);
    const a = result.article;
    expect(a.title).toBe(meta.title.replace(/\s+/g, ' ').trim());

    const ours = tokens(a.paragraphs.join('\n'));
    const matched = subsequencePrefix(ours, expectedTokens);
    expect(matched, `${dir}: our word #${matched} "${ours[matched]}" is not in Readability's text at that point`).toBe(ours.length);
    const removed = tokens(a.removed.map((r) => r.text).join('\n'));
    expect((ours.length + removed.length) / expectedTokens.length, `${dir}: kept + removed`).toBeGreaterThanOrEqual(MIN_ACCOUNTED);
    expect(ours.length / expectedTokens.length, `${dir}: coverage`).toBeGreaterThanOrEqual(COVERAGE_EXCEPTIONS[dir] ?? MIN_COVERAGE);
  });
});
