import type { Budget } from '../text/budget';
import { longestIncreasingSubsequence } from './lis';

export interface AlignInput {
  /** Distinct content keys per sentence. */
  content: readonly string[];
  paragraph: number;
  /** All token keys joined: pairs sentences with no content word ("It was not.") when they agree exactly. */
  signature?: string;
}

export interface Alignment {
  /** Sentence indices per side, ascending. */
  a: number[];
  b: number[];
  /** IDF-weighted Dice of the two sides' content keys, 0–1. */
  score: number;
  moved: boolean;
  /** A sentence told twice on one side (a breaking-news top), paired with the partner of its twin. */
  repeat: boolean;
}

export interface AlignmentResult {
  groups: Alignment[];
  onlyA: number[];
  onlyB: number[];
}

/** Pair threshold of wording-differences.md §8. */
export const PAIR_DICE = 0.35;
/**
 * §8 starts attachment at 0.6; measured on the seed pair the true 2-1 merge ("Macron spoke after a meeting
 * …" folded into "The French leader said at the meeting …") scores 0.53 against the *residual* keys, and the
 * next-best leftover 0.29. The residual test is stricter than plain containment, so 0.5 stays precise.
 */
export const ATTACH_CONTAINMENT = 0.5;
/** Two leftovers pair when the shorter is mostly inside the longer. */
export const PAIR_CONTAINMENT = 0.6;
export const REPEAT_DICE = 0.7;
/**
 * Keys in more than √n·3 sentences only score pairs, never propose them, and each sentence keeps its
 * best TOP_CANDIDATES proposals: candidate generation stays O(n·√n) in the worst case and close to linear
 * on news text, instead of all pairs. Short articles (under MIN_INDEX_SENTENCES) propose through every key.
 */
const COMMON_KEY_FACTOR = 3;
const TOP_CANDIDATES = 8;
const MIN_INDEX_SENTENCES = 40;

type Weights = Map<string, number>;

function weigh(a: readonly AlignInput[], b: readonly AlignInput[]): Weights {
  const df = new Map<string, number>();
  for (const side of [a, b]) for (const s of side) for (const k of s.content) df.set(k, (df.get(k) ?? 0) + 1);
  const n = a.length + b.length;
  const w: Weights = new Map();
  for (const [k, d] of df) w.set(k, Math.log(1 + n / d));
  return w;
}

function mass(keys: Iterable<string>, w: Weights): number {
  let sum = 0;
  for (const k of keys) sum += w.get(k) ?? 0;
  return sum;
}

function sharedMass(x: readonly string[], y: ReadonlySet<string>, w: Weights): number {
  let sum = 0;
  for (const k of x) if (y.has(k)) sum += w.get(k) ?? 0;
  return sum;
}

interface Candidate {
  i: number;
  j: number;
  dice: number;
  containment: number;
}

/**
 * Order-free sentence alignment (wording-differences.md §8): candidate pairs through an inverted index
 * key → B sentences (keys too common to be evidence are skipped when proposing, so long articles stay
 * near-linear), greedy 1-1 by IDF-weighted Dice, attachment of leftovers by containment into 2-1 / 1-2
 * groups, 1-1 pairs by containment among what is left, repeats, then LIS for moves.
 */
export function alignSentences(a: readonly AlignInput[], b: readonly AlignInput[], budget: Budget): AlignmentResult {
  const w = weigh(a, b);
  const setsA = a.map((s) => new Set(s.content));
  const setsB = b.map((s) => new Set(s.content));
  const massA = a.map((s) => mass(s.content, w));
  const massB = b.map((s) => mass(s.content, w));

  const postings = new Map<string, number[]>();
  b.forEach((s, j) => {
    for (const k of s.content) {
      const list = postings.get(k);
      if (list) list.push(j);
      else postings.set(k, [j]);
    }
  });
  const total = a.length + b.length;
  const commonLimit = total < MIN_INDEX_SENTENCES ? Infinity : Math.max(8, Math.floor(Math.sqrt(total) * COMMON_KEY_FACTOR));

  const candidates: Candidate[] = [];
  const acc = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((i & 31) === 0 && budget.expired()) break;
    acc.clear();
    for (const k of a[i].content) {
      const list = postings.get(k);
      if (!list || list.length > commonLimit) continue;
      const wk = w.get(k) ?? 0;
      for (const j of list) acc.set(j, (acc.get(j) ?? 0) + wk);
    }
    const proposed = acc.size <= TOP_CANDIDATES ? [...acc.keys()] : [...acc.entries()].sort((x, y) => y[1] - x[1]).slice(0, TOP_CANDIDATES).map(([j]) => j);
    for (const j of proposed) {
      const shared = sharedMass(a[i].content, setsB[j], w);
      const denom = massA[i] + massB[j];
      if (denom <= 0 || shared <= 0) continue;
      candidates.push({ i, j, dice: (2 * shared) / denom, containment: shared / Math.min(massA[i], massB[j]) });
    }
  }
  candidates.sort((x, y) => y.dice - x.dice || x.i - y.i || x.j - y.j);

  const groupOfA = new Array<number>(a.length).fill(-1);
  const groupOfB = new Array<number>(b.length).fill(-1);
  const groups: Alignment[] = [];
  const addGroup = (ai: number[], bj: number[], repeat = false): void => {
    const g = groups.length;
    groups.push({ a: ai, b: bj, score: 0, moved: false, repeat });
    if (!repeat) {
      for (const i of ai) groupOfA[i] = g;
      for (const j of bj) groupOfB[j] = g;
    }
  };

  for (const c of candidates) {
    if (c.dice < PAIR_DICE) break;
    if (groupOfA[c.i] < 0 && groupOfB[c.j] < 0) addGroup([c.i], [c.j]);
  }

  // Merges and splits: a leftover sentence joins a group whose other side holds most of its content that
  // the group's own sentences on its side do not already explain.
  const attach = (side: 'a' | 'b'): void => {
    const own = side === 'a' ? a : b;
    const ownSets = side === 'a' ? setsA : setsB;
    const ownMass = side === 'a' ? massA : massB;
    const otherSets = side === 'a' ? setsB : setsA;
    const groupOfOwn = side === 'a' ? groupOfA : groupOfB;
    const groupOfOther = side === 'a' ? groupOfB : groupOfA;
    const partners = new Map<number, Candidate[]>();
    for (const c of candidates) {
      const mine = side === 'a' ? c.i : c.j;
      if (groupOfOwn[mine] >= 0) continue;
      const list = partners.get(mine);
      if (list) list.push(c);
      else partners.set(mine, [c]);
    }
    for (const [s, cands] of partners) {
      let best = -1;
      let bestScore = 0;
      for (const c of cands) {
        const other = side === 'a' ? c.j : c.i;
        const g = groupOfOther[other];
        if (g < 0) continue;
        const group = groups[g];
        const otherSide = side === 'a' ? group.b : group.a;
        const ownSide = side === 'a' ? group.a : group.b;
        if (otherSide.length !== 1) continue; // never n–m
        const residual = new Set(otherSets[otherSide[0]]);
        for (const mate of ownSide) for (const k of ownSets[mate]) residual.delete(k);
        const shared = sharedMass(own[s].content, residual, w);
        let score = ownMass[s] > 0 ? shared / ownMass[s] : 0;
        const adjacent = ownSide.some((m) => Math.abs(m - s) === 1 && own[m].paragraph === own[s].paragraph);
        if (adjacent) score += 0.1;
        if (score > bestScore) {
          bestScore = score;
          best = g;
        }
      }
      if (best >= 0 && bestScore >= ATTACH_CONTAINMENT) {
        const group = groups[best];
        const ownSide = side === 'a' ? group.a : group.b;
        ownSide.push(s);
        ownSide.sort((x, y) => x - y);
        groupOfOwn[s] = best;
      }
    }
  };
  if (!budget.expired()) {
    attach('a');
    attach('b');
  }

  // A short sentence told inside a longer one ("The meeting included X" within a quote's attribution).
  const byContainment = candidates.filter((c) => c.containment >= PAIR_CONTAINMENT).sort((x, y) => y.containment - x.containment || y.dice - x.dice);
  for (const c of byContainment) {
    if (groupOfA[c.i] < 0 && groupOfB[c.j] < 0) addGroup([c.i], [c.j]);
  }

  // Sentences without content keys never propose a pair; an identical one on the other side still is one.
  const bySignature = new Map<string, number[]>();
  b.forEach((s, j) => {
    if (groupOfB[j] >= 0 || s.signature === undefined) return;
    const list = bySignature.get(s.signature);
    if (list) list.push(j);
    else bySignature.set(s.signature, [j]);
  });
  a.forEach((s, i) => {
    if (groupOfA[i] >= 0 || s.signature === undefined) return;
    const j = bySignature.get(s.signature)?.shift();
    if (j !== undefined) addGroup([i], [j]);
  });

  // Repeats: a leftover that is a near copy of an aligned sentence on its own side shares that partner.
  const repeats = (side: 'a' | 'b'): void => {
    const own = side === 'a' ? a : b;
    const ownSets = side === 'a' ? setsA : setsB;
    const ownMass = side === 'a' ? massA : massB;
    const groupOfOwn = side === 'a' ? groupOfA : groupOfB;
    const byKey = new Map<string, number[]>();
    own.forEach((s, i) => {
      if (groupOfOwn[i] < 0) return;
      for (const k of s.content) {
        const list = byKey.get(k);
        if (list) list.push(i);
        else byKey.set(k, [i]);
      }
    });
    for (let s = 0; s < own.length; s++) {
      if (groupOfOwn[s] >= 0 || ownMass[s] <= 0) continue;
      const twins = new Set<number>();
      for (const k of own[s].content) for (const t of byKey.get(k) ?? []) twins.add(t);
      for (const t of twins) {
        const dice = (2 * sharedMass(own[s].content, ownSets[t], w)) / (ownMass[s] + ownMass[t]);
        if (dice >= REPEAT_DICE) {
          const g = groups[groupOfOwn[t]];
          if (side === 'a') addGroup([s], [...g.b], true);
          else addGroup([...g.a], [s], true);
          break;
        }
      }
    }
  };
  repeats('a');
  repeats('b');

  for (const g of groups) {
    const ka = new Set<string>();
    const kb = new Set<string>();
    for (const i of g.a) for (const k of a[i].content) ka.add(k);
    for (const j of g.b) for (const k of b[j].content) kb.add(k);
    const denom = mass(ka, w) + mass(kb, w);
    g.score = denom > 0 ? Math.min(1, (2 * sharedMass([...ka], kb, w)) / denom) : 1;
  }
  groups.sort((x, y) => x.a[0] - y.a[0] || x.b[0] - y.b[0]);

  const ordered = groups.filter((g) => !g.repeat);
  const kept = new Set(longestIncreasingSubsequence(ordered.map((g) => g.b[0])).map((i) => ordered[i]));
  for (const g of ordered) g.moved = !kept.has(g);

  const covered = (n: number, side: 'a' | 'b'): number[] => {
    const used = new Set<number>();
    for (const g of groups) for (const i of g[side]) used.add(i);
    return Array.from({ length: n }, (_, i) => i).filter((i) => !used.has(i));
  };
  return { groups, onlyA: covered(a.length, 'a'), onlyB: covered(b.length, 'b') };
}
