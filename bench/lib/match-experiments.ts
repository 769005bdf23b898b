// `npm run bench:match -- --experiments`: candidate signals that were tried for ECB+ recall and not shipped,
// kept runnable so the numbers in docs/benchmarks.md can be checked. Every row is cross-validated the way
// match-fit.ts does it (5 folds by BASIL year / ECB+ topic, thresholds from the training folds). The
// "pooled" columns put every pair's out-of-fold probability on one curve and read the recall at a precision
// floor: that threshold is chosen on the test pairs, so it is no figure to report, only a way to see
// whether a signal ranks pairs better or merely moves the operating point.

import type { Article } from '../../src/article';
import { SIGNALS } from '../../src/match/model';
import { matchSignals, mayBeSameStory } from '../../src/match/story';
import { contentTerms } from '../../src/match/words';
import type { Labelled } from './match-corpora';
import { prf } from './match-eval';
import { fitLogistic, foldsOf, predict, thresholdFor, type Model } from './match-logistic';

interface Pair {
  corpus: string;
  group: string;
  y: 0 | 1;
  gated: boolean;
  x: Record<string, number>;
}
interface Group {
  n: number;
  /** Pair index by "i,j" (i < j) inside the group. */
  at: Map<string, number>;
}

const FOLDS = 5;
const FLOOR = 0.98;
const weightOf = (p: Pair) => (p.corpus === 'basil' && p.y ? 3 : 1);

/** Content-term sets of the title and body sentences (3+ terms), for the sentence-match signal. */
const sentenceCache = new WeakMap<Article, Set<string>[]>();
function sentenceSets(a: Article): Set<string>[] {
  let s = sentenceCache.get(a);
  if (!s) {
    s = [a.title ?? '', ...(a.paragraphs ?? [])]
      .flatMap((p) => p.split(/(?<=[.!?]["”]?)\s+(?=[A-Z“"])/))
      .map((x) => new Set(contentTerms(x)))
      .filter((x) => x.size >= 3);
    sentenceCache.set(a, s);
  }
  return s;
}

/** Best Jaccard between one of the first 3 sentences of either article and any sentence of the other. */
export function sentenceMatch(a: Article, b: Article, lead = 3): number {
  let best = 0;
  const one = (xs: Set<string>[], ys: Set<string>[]) => {
    for (const p of xs.slice(0, lead))
      for (const q of ys) {
        let i = 0;
        for (const t of p) if (q.has(t)) i++;
        best = Math.max(best, i / (p.size + q.size - i));
      }
  };
  one(sentenceSets(a), sentenceSets(b));
  one(sentenceSets(b), sentenceSets(a));
  return best;
}

function build(sets: [string, Labelled[]][]): { pairs: Pair[]; groups: Map<string, Group> } {
  const pairs: Pair[] = [];
  const groups = new Map<string, Group>();
  for (const [corpus, items] of sets) {
    const byGroup = new Map<string, Labelled[]>();
    for (const it of items) byGroup.set(it.group, [...(byGroup.get(it.group) ?? []), it]);
    for (const [g, m] of byGroup) {
      const others = m.map((l) => l.article);
      const group: Group = { n: m.length, at: new Map() };
      groups.set(`${corpus}:${g}`, group);
      for (let i = 0; i < m.length; i++)
        for (let j = i + 1; j < m.length; j++) {
          const { signals, evidence } = matchSignals(m[i].article, m[j].article, { others });
          group.at.set(`${i},${j}`, pairs.length);
          pairs.push({
            corpus,
            group: `${corpus}:${g}`,
            y: m[i].story === m[j].story ? 1 : 0,
            gated: !mayBeSameStory(evidence),
            x: { ...signals, sentenceMatch: sentenceMatch(m[i].article, m[j].article), bridge: 0 },
          });
        }
    }
  }
  return { pairs, groups };
}

function fit(train: Pair[], feats: string[]): { model: Model; threshold: number } {
  const samples = train.map((p) => ({ x: feats.map((f) => p.x[f]), y: p.y, group: p.group, w: weightOf(p) }));
  const model = fitLogistic(samples, 1, (s) => (s as (typeof samples)[number]).w);
  const threshold = thresholdFor(
    train.map((p) => ({ p: score(model, p, feats), y: p.y })),
    FLOOR,
  );
  return { model, threshold };
}

const score = (m: Model, p: Pair, feats: string[]) => (p.gated ? 0 : predict(m, feats.map((f) => p.x[f])));

/**
 * Transitivity through a third article: max over c of min(p(a,c), p(b,c)) under a first-stage model.
 * `thirds` caps how many third articles a pair may use (8 ≈ the product's batch of candidates).
 */
function setBridge(pairs: Pair[], groups: Map<string, Group>, prob: Map<number, number>, thirds: number): void {
  for (const { n, at } of groups.values()) {
    const p = (a: number, b: number) => prob.get(at.get(a < b ? `${a},${b}` : `${b},${a}`)!) ?? 0;
    for (let a = 0; a < n; a++)
      for (let b = a + 1; b < n; b++) {
        let best = 0;
        let used = 0;
        for (let k = 1; k < n && used < thirds; k++) {
          const c = (a + k * 7) % n;
          if (c === a || c === b) continue;
          used++;
          best = Math.max(best, Math.min(p(a, c), p(b, c)));
        }
        pairs[at.get(`${a},${b}`)!].x.bridge = best;
      }
  }
}

interface Row {
  name: string;
  all: ReturnType<typeof prf>;
  basil: ReturnType<typeof prf>;
  ecb: ReturnType<typeof prf>;
  pooled: number[];
}

const POOLED_FLOORS = [0.97, 0.95, 0.9];

/** Cross-validation; with `stage1`, the bridge is stacked: out-of-fold first-stage scores on train pairs too. */
function run(name: string, pairs: Pair[], groups: Map<string, Group>, feats: string[], stage1?: string[], thirds = Infinity): Row {
  const folds = foldsOf(pairs, FOLDS);
  const index = new Map(pairs.map((p, i) => [p, i]));
  const out: { corpus: string; positive: boolean; predicted: boolean; p: number; y: 0 | 1 }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = pairs.filter((p) => folds.get(p.group) !== k);
    const test = pairs.filter((p) => folds.get(p.group) === k);
    if (stage1) {
      const prob = new Map<number, number>();
      const inner = foldsOf(train, FOLDS - 1);
      for (let q = 0; q < FOLDS - 1; q++) {
        const { model } = fit(
          train.filter((p) => inner.get(p.group) !== q),
          stage1,
        );
        for (const p of train) if (inner.get(p.group) === q) prob.set(index.get(p)!, score(model, p, stage1));
      }
      const { model } = fit(train, stage1);
      for (const p of test) prob.set(index.get(p)!, score(model, p, stage1));
      setBridge(pairs, groups, prob, thirds);
    }
    const { model, threshold } = fit(train, feats);
    for (const p of test) {
      const s = score(model, p, feats);
      out.push({ corpus: p.corpus, positive: p.y === 1, predicted: !p.gated && s >= threshold, p: s, y: p.y });
    }
  }
  const positives = out.filter((o) => o.y).length;
  const pooled = POOLED_FLOORS.map((floor) => {
    const t = thresholdFor(out, floor);
    return out.filter((o) => o.y && o.p >= t).length / positives;
  });
  return {
    name,
    all: prf(out),
    basil: prf(out.filter((o) => o.corpus === 'basil')),
    ecb: prf(out.filter((o) => o.corpus === 'ecb+')),
    pooled,
  };
}

export function experiments(basil: Labelled[], ecb: Labelled[]): string {
  const { pairs, groups } = build([
    ['basil', basil],
    ['ecb+', ecb],
  ]);
  const base = [...SIGNALS] as string[];
  const rows = [
    run('shipped signals', pairs, groups, base),
    run('+ sentence match', pairs, groups, [...base, 'sentenceMatch']),
    run('+ bridge (stacked, whole group)', pairs, groups, [...base, 'bridge'], base),
    run('+ bridge (stacked, 8 third articles)', pairs, groups, [...base, 'bridge'], base, 8),
  ];
  const f = (x: number) => x.toFixed(3);
  const pr = (r: ReturnType<typeof prf>) => `${f(r.precision)} / ${f(r.recall)}`;
  return [
    `| signals | BASIL + ECB+ P / R | BASIL P / R | ECB+ P / R | pooled R at P ${POOLED_FLOORS.join(' / ')} |`,
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.name} | ${pr(r.all)} | ${pr(r.basil)} | ${pr(r.ecb)} | ${r.pooled.map(f).join(' / ')} |`),
  ].join('\n');
}
