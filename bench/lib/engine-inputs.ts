import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from '../../src/article';
import { syntheticPair } from './synthetic';

/** The engine's benchmark and golden inputs: the seed pair, BASIL dev pairs, synthetic pairs. */
export interface Case { name: string; pairs: [Article, Article][] }

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const SYNTHETIC_SIZES = [1000, 2000, 4000, 8000, 10000, 16000];

/** Paragraphs split on blank lines; with `titled`, the first paragraph is the title (our story fixtures). */
export function fromTxt(path: string, outlet: string, titled = false): Article {
  const paragraphs = readFileSync(path, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const title = titled ? (paragraphs.shift() ?? '') : '';
  return { title, outlet, url: path, publishedTime: null, paragraphs };
}

export function seedPair(): [Article, Article] | null {
  const seeds = join(SHARED, 'seeds');
  if (!existsSync(seeds)) return null;
  return [fromTxt(join(seeds, '000_416ed576ed23afb6.txt'), 'AP'), fromTxt(join(seeds, '004_73da1f60caab5eee.txt'), 'UK')];
}

/** Every pair inside each BASIL dev triplet, or null when the corpus is absent. */
export function basilPairs(): [Article, Article][] | null {
  const basil = join(SHARED, 'corpora', 'basil-dev', 'articles');
  if (!existsSync(basil)) return null;
  const byTriplet = new Map<string, Article[]>();
  for (const year of readdirSync(basil).sort()) {
    for (const f of readdirSync(join(basil, year)).sort()) {
      const d = JSON.parse(readFileSync(join(basil, year, f), 'utf8'));
      const paragraphs = (d['body-paragraphs'] as string[][]).map((p) => p.join(' ')).filter((p) => p.trim());
      const list = byTriplet.get(d['triplet-uuid']) ?? [];
      list.push({ title: d.title, outlet: d.source, url: d.url, publishedTime: d.date, paragraphs });
      byTriplet.set(d['triplet-uuid'], list);
    }
  }
  const pairs: [Article, Article][] = [];
  for (const t of byTriplet.values()) for (let i = 0; i < t.length; i++) for (let j = i + 1; j < t.length; j++) pairs.push([t[i], t[j]]);
  return pairs;
}

export function benchCases(): Case[] {
  const out: Case[] = [];
  const seed = seedPair();
  if (seed) out.push({ name: 'seed pair (AP / British)', pairs: [seed] });
  const basil = basilPairs();
  if (basil) out.push({ name: `BASIL dev, ${basil.length} pairs (per pair)`, pairs: basil });
  else if (process.env.CI === 'true') throw new Error(`CI=true but ${SHARED} is missing`);
  for (const n of SYNTHETIC_SIZES) out.push({ name: `synthetic ${n / 1000}k words, reordered`, pairs: [syntheticPair(n, n)] });
  return out;
}
