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
 * Candidate generation walks each sentence's keys rarest first through the inverted index. Keys in at
 * most L = 3·√n sentences always propose; commoner ones only while the sentence has visited fewer than
 * PROPOSAL_BUDGET·L postings, so a sentence made of common words only (a small vocabulary, a list of
 * names) still finds its partner through its rarest keys, and no sentence costs more than O(√n).
 * Each sentence keeps its best TOP_CANDIDATES proposals for exact scoring: O(n·√n) in the worst case,
 * close to linear on news text, never all pairs. Short articles (under MIN_INDEX_SENTENCES) propose
 * through every key.
 */
const COMMON_KEY_FACTOR = 3;
const PROPOSAL_BUDGET = 4;
const TOP_CANDIDATES = 8;
const MIN_INDEX_SENTENCES = 40;

interface Candidate {
  i: number;
  j: number;
  dice: number;
  containment: number;
}

/**
 * Sentences as arrays of interned key ids, with IDF weights in a typed array: every overlap below is a
 * walk over one sentence's ids against a stamp array, O(|sentence|), with no Set or Map per pair.
 */
class KeySpace {
  readonly idsA: Int32Array[];
  readonly idsB: Int32Array[];
  readonly weight: Float64Array;
  readonly massA: Float64Array;
  readonly massB: Float64Array;
  /** stamp[id] === tick marks id as a member of the set currently being tested. */
  private readonly stamp: Int32Array;
  private tick = 0;

  constructor(a: readonly AlignInput[], b: readonly AlignInput[]) {
    const ids = new Map<string, number>();
    const df: number[] = [];
    // lastIn[id]: the last sentence (numbered across both sides) that took the key, to drop duplicates.
    const lastIn: number[] = [];
    let sentence = 0;
    const intern = (s: AlignInput): Int32Array => {
      const content = s.content;
      const out = new Int32Array(content.length);
      let n = 0;
      sentence++;
      for (let x = 0; x < content.length; x++) {
        const k = content[x];
        let id = ids.get(k);
        if (id === undefined) {
          id = df.length;
          ids.set(k, id);
          df.push(0);
          lastIn.push(0);
        }
        // Callers promise distinct keys; a duplicate would count twice in every mass, so drop it here.
        if (lastIn[id] === sentence) continue;
        lastIn[id] = sentence;
        out[n++] = id;
        df[id]++;
      }
      return n === out.length ? out : out.slice(0, n);
    };
    this.idsA = a.map(intern);
    this.idsB = b.map(intern);
    // Rarest key first: proposal walks stop early on common keys (see PROPOSAL_BUDGET). Order (df, id) is
    // packed into one number, df·K + id (exact: far below 2^53), so a native numeric sort does the work
    // of a comparator called per comparison.
    const K = df.length;
    let longest = 0;
    for (const ids of this.idsA) longest = Math.max(longest, ids.length);
    for (const ids of this.idsB) longest = Math.max(longest, ids.length);
    const packed = new Float64Array(longest);
    const byRarity = (ids: Int32Array): void => {
      const n = ids.length;
      if (n < 2) return;
      const view = packed.subarray(0, n);
      for (let x = 0; x < n; x++) view[x] = df[ids[x]] * K + ids[x];
      view.sort();
      for (let x = 0; x < n; x++) ids[x] = view[x] % K;
    };
    for (const ids of this.idsA) byRarity(ids);
    for (const ids of this.idsB) byRarity(ids);
    const total = a.length + b.length;
    this.weight = new Float64Array(df.length);
    for (let id = 0; id < df.length; id++) this.weight[id] = Math.log(1 + total / df[id]);
    this.massA = Float64Array.from(this.idsA, (s) => this.mass(s));
    this.massB = Float64Array.from(this.idsB, (s) => this.mass(s));
    this.stamp = new Int32Array(df.length);
  }

  get keyCount(): number {
    return this.weight.length;
  }

  mass(ids: Int32Array): number {
    let sum = 0;
    for (let x = 0; x < ids.length; x++) sum += this.weight[ids[x]];
    return sum;
  }

  /** Start a new marked set (O(1): stale stamps simply stop matching). */
  clear(): void {
    this.tick++;
  }

  mark(ids: Int32Array): void {
    for (let x = 0; x < ids.length; x++) this.stamp[ids[x]] = this.tick;
  }

  unmark(ids: Int32Array): void {
    for (let x = 0; x < ids.length; x++) this.stamp[ids[x]] = 0;
  }

  /** Weight of the ids in `ids` that are marked. */
  marked(ids: Int32Array): number {
    let sum = 0;
    for (let x = 0; x < ids.length; x++) if (this.stamp[ids[x]] === this.tick) sum += this.weight[ids[x]];
    return sum;
  }

  shared(x: Int32Array, y: Int32Array): number {
    this.clear();
    this.mark(x);
    return this.marked(y);
  }
}

/** Postings id → sentence indices, as one flat array with offsets (CSR): no array per key. */
function postingsOf(sides: readonly Int32Array[], keyCount: number): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(keyCount + 1);
  for (const s of sides) for (let x = 0; x < s.length; x++) start[s[x] + 1]++;
  for (let id = 0; id < keyCount; id++) start[id + 1] += start[id];
  const fill = start.slice(0, keyCount);
  const items = new Int32Array(start[keyCount]);
  sides.forEach((s, i) => {
    for (let x = 0; x < s.length; x++) items[fill[s[x]]++] = i;
  });
  return { start, items };
}

/**
 * Up to `k` indices of `touched` with the highest `score`, best first, ties by lower index, written into
 * `best` (a buffer reused across sentences). Linear insertion into a k-sized list: k is small (8) and most
 * sentences touch few others.
 */
function topK(touched: readonly number[], score: Float64Array, k: number, best: number[]): number[] {
  best.length = 0;
  for (const j of touched) {
    const s = score[j];
    if (best.length === k) {
      const last = best[k - 1];
      if (s < score[last] || (s === score[last] && j > last)) continue;
      best.pop();
    }
    let at = best.length;
    best.push(j);
    while (at > 0 && (score[best[at - 1]] < s || (score[best[at - 1]] === s && best[at - 1] > j))) {
      best[at] = best[at - 1];
      at--;
    }
    best[at] = j;
  }
  return best;
}

/**
 * Candidate pairs: each A sentence walks its keys (rarest first) through B's postings, keeps its best
 * TOP_CANDIDATES by shared weight and scores them exactly. A function of its own, not a loop inside
 * alignSentences, so the hot loop compiles apart from the closures there.
 */
function proposePairs(keys: KeySpace, postB: { start: Int32Array; items: Int32Array }, bCount: number, commonLimit: number, visitBudget: number, touched: number[], budget: Budget): Candidate[] {
  const { idsA, idsB, massA, massB, weight } = keys;
  const { start, items } = postB;
  const candidates: Candidate[] = [];
  const acc = new Float64Array(bCount);
  const best: number[] = [];
  for (let i = 0; i < idsA.length; i++) {
    if ((i & 31) === 0 && budget.expired()) break;
    const ids = idsA[i];
    let visited = 0;
    for (let x = 0; x < ids.length; x++) {
      const id = ids[x];
      const from = start[id];
      const to = start[id + 1];
      if (to - from > commonLimit && visited + to - from > visitBudget) break;
      visited += to - from;
      const wk = weight[id];
      for (let p = from; p < to; p++) {
        const j = items[p];
        if (acc[j] === 0) touched.push(j);
        acc[j] += wk;
      }
    }
    const proposed = topK(touched, acc, TOP_CANDIDATES, best);
    for (const j of touched) acc[j] = 0;
    touched.length = 0;
    if (proposed.length === 0) continue;
    keys.clear();
    keys.mark(ids);
    for (const j of proposed) {
      const shared = keys.marked(idsB[j]);
      const denom = massA[i] + massB[j];
      if (denom <= 0 || shared <= 0) continue;
      candidates.push({ i, j, dice: (2 * shared) / denom, containment: shared / Math.min(massA[i], massB[j]) });
    }
  }
  return candidates;
}

/**
 * Order-free sentence alignment (wording-differences.md §8): candidate pairs through an inverted index
 * key → B sentences (keys too common to be evidence are skipped when proposing, so long articles stay
 * near-linear), greedy 1-1 by IDF-weighted Dice, attachment of leftovers by containment into 2-1 / 1-2
 * groups, 1-1 pairs by containment among what is left, repeats, then LIS for moves.
 */
export function alignSentences(a: readonly AlignInput[], b: readonly AlignInput[], budget: Budget): AlignmentResult {
  const keys = new KeySpace(a, b);
  const { idsA, idsB, massA, massB, weight } = keys;
  const total = a.length + b.length;
  const commonLimit = total < MIN_INDEX_SENTENCES ? Infinity : Math.max(8, Math.floor(Math.sqrt(total) * COMMON_KEY_FACTOR));
  const visitBudget = commonLimit * PROPOSAL_BUDGET;
  const postB = postingsOf(idsB, keys.keyCount);

  const touched: number[] = [];
  const candidates = proposePairs(keys, postB, b.length, commonLimit, visitBudget, touched, budget);
  candidates.sort((x, y) => y.dice - x.dice || x.i - y.i || x.j - y.j);

  const groupOfA = new Int32Array(a.length).fill(-1);
  const groupOfB = new Int32Array(b.length).fill(-1);
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
    const ownIds = side === 'a' ? idsA : idsB;
    const ownMass = side === 'a' ? massA : massB;
    const otherIds = side === 'a' ? idsB : idsA;
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
        // Residual: the other sentence's keys that the group's own sentences do not already explain.
        keys.clear();
        keys.mark(otherIds[otherSide[0]]);
        for (const mate of ownSide) keys.unmark(ownIds[mate]);
        const shared = keys.marked(ownIds[s]);
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
  // Twins are proposed through the same capped index as pairs, so this stays near-linear too.
  const repeats = (side: 'a' | 'b'): void => {
    if (budget.expired()) return;
    const ownIds = side === 'a' ? idsA : idsB;
    const ownMass = side === 'a' ? massA : massB;
    const groupOfOwn = side === 'a' ? groupOfA : groupOfB;
    const post = postingsOf(ownIds, keys.keyCount);
    const score = new Float64Array(ownIds.length);
    const best: number[] = [];
    for (let s = 0; s < ownIds.length; s++) {
      if (groupOfOwn[s] >= 0 || ownMass[s] <= 0) continue;
      const ids = ownIds[s];
      let visited = 0;
      for (let x = 0; x < ids.length; x++) {
        const from = post.start[ids[x]];
        const to = post.start[ids[x] + 1];
        if (to - from > commonLimit && visited + to - from > visitBudget) break;
        visited += to - from;
        for (let p = from; p < to; p++) {
          const t = post.items[p];
          if (groupOfOwn[t] < 0) continue;
          if (score[t] === 0) touched.push(t);
          score[t] += weight[ids[x]];
        }
      }
      const proposed = topK(touched, score, TOP_CANDIDATES, best);
      for (const t of touched) score[t] = 0;
      touched.length = 0;
      let twin = -1;
      let twinDice = 0;
      for (const t of proposed) {
        const dice = (2 * keys.shared(ids, ownIds[t])) / (ownMass[s] + ownMass[t]);
        if (dice >= REPEAT_DICE && dice > twinDice) {
          twin = t;
          twinDice = dice;
        }
      }
      if (twin >= 0) {
        const g = groups[groupOfOwn[twin]];
        if (side === 'a') addGroup([s], [...g.b], true);
        else addGroup([...g.a], [s], true);
      }
    }
  };
  repeats('a');
  repeats('b');

  // Group score: IDF-weighted Dice of the union of keys on each side (a key told in two sentences counts once).
  const unionA = new Uint8Array(keys.keyCount);
  const unionB = new Uint8Array(keys.keyCount);
  for (const g of groups) {
    let ma = 0;
    let mb = 0;
    let shared = 0;
    for (const i of g.a) for (const id of idsA[i]) if (!unionA[id]) { unionA[id] = 1; ma += weight[id]; }
    for (const j of g.b) for (const id of idsB[j]) if (!unionB[id]) { unionB[id] = 1; mb += weight[id]; if (unionA[id]) shared += weight[id]; }
    for (const i of g.a) for (const id of idsA[i]) unionA[id] = 0;
    for (const j of g.b) for (const id of idsB[j]) unionB[id] = 0;
    const denom = ma + mb;
    g.score = denom > 0 ? Math.min(1, (2 * shared) / denom) : 1;
  }
  groups.sort((x, y) => x.a[0] - y.a[0] || x.b[0] - y.b[0]);

  const ordered = groups.filter((g) => !g.repeat);
  const kept = new Set(longestIncreasingSubsequence(ordered.map((g) => g.b[0])).map((i) => ordered[i]));
  for (const g of ordered) g.moved = !kept.has(g);

  const covered = (n: number, side: 'a' | 'b'): number[] => {
    const used = new Uint8Array(n);
    for (const g of groups) for (const i of g[side]) used[i] = 1;
    const out: number[] = [];
    for (let i = 0; i < n; i++) if (!used[i]) out.push(i);
    return out;
  };
  return { groups, onlyA: covered(a.length, 'a'), onlyB: covered(b.length, 'b') };
}
