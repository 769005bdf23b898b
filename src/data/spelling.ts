import usGb from './us-gb.json';

export interface SpellingPair {
  us: string;
  gb: string;
  usageDependent: boolean;
}

/** One row of us-gb.json: [us, gb(-ise), usageDependent 0|1, OED -ize form when it differs from both]. */
type Row = [string, string, number, string?];

const byUs = new Map<string, SpellingPair>();
const byGb = new Map<string, SpellingPair>();

// First row wins: build-data.ts orders rows so that the usage-neutral pair of a word comes before a
// usage-dependent one, and a lookup should prefer the reading that is safe to call cosmetic.
for (const row of usGb.pairs as Row[]) {
  const pair: SpellingPair = { us: row[0], gb: row[1], usageDependent: row[2] === 1 };
  if (!byUs.has(pair.us)) byUs.set(pair.us, pair);
  if (!byGb.has(pair.gb)) byGb.set(pair.gb, pair);
  const oed = row[3];
  if (oed !== undefined && !byGb.has(oed)) byGb.set(oed, pair);
}
// The OED -ize form of an -ize/-ise pair is the US form itself (organize): a GB lookup must find it
// too, after the -ise forms so an explicit GB row keeps priority.
for (const pair of byUs.values()) {
  if (/iz/.test(pair.us) && /is/.test(pair.gb) && !byGb.has(pair.us)) byGb.set(pair.us, pair);
}

export function spellingByUs(lower: string): SpellingPair | undefined {
  return byUs.get(lower);
}

export function spellingByGb(lower: string): SpellingPair | undefined {
  return byGb.get(lower);
}

export function spellingCanon(lower: string): string {
  return (byUs.get(lower) ?? byGb.get(lower))?.gb ?? lower;
}

/** Number of US→GB pairs loaded (for tests and the build report). */
export function spellingPairCount(): number {
  return usGb.pairs.length;
}
