// Wire-copy detection: 5-word-shingle MinHash, 128 permutations. Outlets running the same AP/Reuters text
// with a changed headline or a trimmed last paragraph still share most shingles; a rewrite shares few.

import { foldWord, rawWords } from './words';

const PERMUTATIONS = 128;
const SHINGLE = 5;

/** 32-bit FNV-1a; stable across runs and engines, which the seeds need to be. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Deterministic seeds: a fixed xorshift sequence, so signatures are comparable across sessions. */
const SEEDS: number[] = (() => {
  const out: number[] = [];
  let x = 0x9e3779b9;
  for (let i = 0; i < PERMUTATIONS * 2; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out.push((x >>> 0) | 1);
  }
  return out;
})();

export function shingles(text: string, size = SHINGLE): Set<number> {
  const words = rawWords(text).map(foldWord);
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < size) {
    out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(fnv1a(words.slice(i, i + size).join(' ')));
  return out;
}

/** One min-hash per permutation h_i(x) = (a_i·x + b_i) mod 2^32, via Math.imul to stay in 32 bits. */
export function signature(shingleSet: Set<number>): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const s of shingleSet) {
    for (let i = 0; i < PERMUTATIONS; i++) {
      const h = (Math.imul(SEEDS[2 * i], s) + SEEDS[2 * i + 1]) >>> 0;
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}

/**
 * Groups of near-duplicates (estimated Jaccard ≥ threshold), single-linkage via union-find. Only groups of
 * two or more are returned, each in input order, groups ordered by their first member. Empty texts never
 * group: two empty extractions are failures, not copies. O(n²·128) comparisons, fine for a click's ~10–75 results.
 */
export function wireCopyGroups(items: { id: string; text: string }[], threshold = 0.8): string[][] {
  const sigs = items.map((it) => {
    const sh = shingles(it.text);
    return sh.size ? signature(sh) : null;
  });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < items.length; i++) {
    const si = sigs[i];
    if (!si) continue;
    for (let j = i + 1; j < items.length; j++) {
      const sj = sigs[j];
      if (sj && estimatedJaccard(si, sj) >= threshold) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, string[]>();
  items.forEach((it, i) => {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(it.id);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
