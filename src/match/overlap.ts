// Entity overlap between two articles, tolerant of how outlets name people: "Michael Steele" in one and
// only "Steele" in the other are the same entity.

import type { Entity } from './entities';

/** Only the most salient entities take part: long articles name dozens of people in passing. */
const TOP_K = 20;

export interface EntityOverlap {
  overlap: number;
  shared: string[];
}

function salienceWeight(e: Entity): number {
  return 1 + 2 * Number(e.inTitle) + Number(e.inLead) + Math.log(e.count);
}

function surname(key: string): string | null {
  const parts = key.split(' ');
  return parts.length >= 2 ? parts[parts.length - 1] : null;
}

function top(entities: Map<string, Entity>, exclude: Set<string>): Entity[] {
  return [...entities.values()]
    .filter((e) => !exclude.has(e.key.replace(/\s+/g, '')))
    .sort((a, b) => salienceWeight(b) - salienceWeight(a) || a.key.localeCompare(b.key))
    .slice(0, TOP_K);
}

/**
 * Weighted Jaccard (Σmin / Σmax) of salience-normalised entity weights. Entities whose key equals an
 * excluded outlet key (the outlets' own names, as in "told Fox News") are left out.
 */
export function entityOverlap(
  a: Map<string, Entity>,
  b: Map<string, Entity>,
  exclude: Set<string>,
  idf: (key: string) => number = () => 1,
): EntityOverlap {
  const weight = (e: Entity) => salienceWeight(e) * idf(e.key);
  const ta = top(a, exclude);
  const tb = top(b, exclude);
  if (ta.length === 0 || tb.length === 0) return { overlap: 0, shared: [] };
  const sumA = ta.reduce((s, e) => s + weight(e), 0);
  const sumB = tb.reduce((s, e) => s + weight(e), 0);
  const wb = new Map(tb.map((e) => [e.key, weight(e) / sumB]));
  const bySurname = new Map<string, string>();
  for (const e of tb) {
    const s = surname(e.key);
    if (s && !bySurname.has(s)) bySurname.set(s, e.key);
  }
  const used = new Set<string>();
  let min = 0;
  let max = 0;
  const shared: { display: string; w: number }[] = [];
  for (const e of ta) {
    const wa = weight(e) / sumA;
    let match = wb.has(e.key) ? e.key : null;
    if (!match) match = bySurname.get(e.key) ?? null;
    if (!match) {
      const s = surname(e.key);
      if (s && wb.has(s)) match = s;
    }
    if (match && !used.has(match)) {
      used.add(match);
      const w = wb.get(match)!;
      min += Math.min(wa, w);
      max += Math.max(wa, w);
      shared.push({ display: e.display, w: wa + w });
    } else {
      max += wa;
    }
  }
  for (const [key, w] of wb) if (!used.has(key)) max += w;
  shared.sort((x, y) => y.w - x.w);
  return { overlap: max > 0 ? min / max : 0, shared: shared.map((s) => s.display) };
}
