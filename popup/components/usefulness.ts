import type { CoverageItem } from './coverage-types';

const VERDICT_RANK = { 'same-story': 0, related: 2, different: 3 } as const;

/** Lower sorts first: same story first, then the most meaningful differences, then the most shared text. */
function rank(item: CoverageItem): [number, number, number, number] {
  const verdict = item.dismissed ? 9 : item.state === 'failed' ? 8 : item.match ? VERDICT_RANK[item.match.verdict] : 1;
  const compared = item.counts ? 0 : 1;
  return [verdict, compared, -(item.counts?.meaningful ?? 0), -(item.counts?.similarity ?? item.preScore)];
}

export function byUsefulness(items: CoverageItem[]): CoverageItem[] {
  const keyed = items.map((item, i) => ({ item, key: rank(item), i }));
  keyed.sort((x, y) => {
    for (let k = 0; k < 4; k++) if (x.key[k] !== y.key[k]) return x.key[k] - y.key[k];
    return x.i - y.i;
  });
  return keyed.map((k) => k.item);
}
