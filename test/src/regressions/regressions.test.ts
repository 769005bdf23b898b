import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, runInvariant } from './invariants';
import type { InvariantName } from './invariants';

// One JSON file per input that once broke an engine invariant: { invariant, found, why, a, b } where a and
// b are paragraph lists. Every file is replayed against its invariant on every run.
interface Case {
  invariant: InvariantName;
  found: string;
  why: string;
  a: string[];
  b: string[];
}

const DIR = import.meta.dirname;
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('engine regressions', () => {
  it('has at least one recorded case', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s still holds', (file) => {
    const c = JSON.parse(readFileSync(resolve(DIR, file), 'utf8')) as Case;
    expect(['no-throw', 'rebuild', 'offsets', 'identity', 'swap', 'deadline']).toContain(c.invariant);
    runInvariant(c.invariant, article(c.a), article(c.b));
  });
});
