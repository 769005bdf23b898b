/**
 * Golden check for engine speed work: behaviour must not move while the code gets faster.
 * `npx tsx bench/lib/engine-golden.ts <out-file>` hashes JSON.stringify(compareArticles(...)) for the seed
 * pair, our story fixtures, every BASIL dev pair and the synthetic pairs (both orders each, plus
 * non-English and token-capped variants), one line per case. Run it before and after a change and diff
 * the two files: any changed line is a changed result. Writes only where it is told (keep it outside
 * the repository, e.g. /tmp).
 */
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from '../../src/article';
import type { Limits } from '../../src/comparison';
import { compareArticles } from '../../src/index';
import { ROOT, SYNTHETIC_SIZES, basilPairs, fromTxt, seedPair } from './engine-inputs';
import { syntheticPair } from './synthetic';

const outFile = process.argv[2] ? resolve(process.argv[2]) : '';
if (!outFile || outFile === ROOT || outFile.startsWith(`${ROOT}/`)) {
  console.error('Give an output file outside the repository, e.g. /tmp/engine-golden.txt.');
  process.exit(2);
}

const lines: string[] = [];
const limits: Limits = { deadlineMs: 600_000 };
function record(name: string, a: Article, b: Article, extra: Limits = {}): void {
  for (const [label, x, y] of [['ab', a, b], ['ba', b, a]] as const) {
    const json = JSON.stringify(compareArticles(x, y, { ...limits, ...extra }));
    lines.push(`${name} ${label} ${createHash('sha256').update(json).digest('hex').slice(0, 24)} ${json.length}`);
  }
}

const t0 = performance.now();
const seed = seedPair();
if (seed) record('seed', ...seed);
else console.error('seed pair absent');
const stories = join(ROOT, 'test', 'fixtures', 'stories');
const storyFiles = readdirSync(stories).filter((f) => f.endsWith('.txt')).sort();
for (let i = 0; i < storyFiles.length; i++) {
  for (let j = i + 1; j < storyFiles.length; j++) {
    record(`story:${storyFiles[i]}|${storyFiles[j]}`, fromTxt(join(stories, storyFiles[i]), 'x', true), fromTxt(join(stories, storyFiles[j]), 'y', true));
  }
}
const basil = basilPairs() ?? [];
if (basil.length === 0) console.error('BASIL dev absent');
basil.forEach(([a, b], k) => record(`basil:${k}`, a, b));
for (const n of SYNTHETIC_SIZES) {
  const [a, b] = syntheticPair(n, n);
  record(`synthetic:${n}`, a, b);
  // The non-English path (no spelling table, no -ize/-ise) and the token cap (partial results).
  if (n <= 2000) {
    record(`synthetic-de:${n}`, { ...a, lang: 'de' }, { ...b, lang: 'de' });
    record(`synthetic-capped:${n}`, a, b, { maxTokens: Math.floor(n * 0.6) });
  }
}
writeFileSync(outFile, `${lines.join('\n')}\n`);
console.log(`${lines.length} results hashed in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${outFile}`);
