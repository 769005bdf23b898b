/**
 * Parses VarCon's varcon.txt (format: /work/shared/data/varcon/README.upstream) into US → GB(-ise)
 * spelling rows for src/data/us-gb.json. Pure: text in, rows out, so a test can regenerate the
 * committed file in memory and compare.
 */

/**
 * [us, gb(-ise), flags, OED -ize form when it differs from both]; flags: 1 = usage-dependent,
 * 2 = the OED -ize form is the US form (organize), so a GB lookup must accept it too.
 */
export type SpellingRow = [string, string, number] | [string, string, number, string];

export const ROW_FORMAT =
  '[us, gb (-ise), flags (1 usage-dependent, 2 OED -ize form = us), OED -ize form when it differs from both]';
export const USAGE_DEPENDENT = 1;
export const OED_IS_US = 2;

export interface VarconOptions {
  /** Highest SCOWL level of a cluster's headword to keep (wording-differences §5 ships 60). */
  maxLevel: number;
}

interface Entry {
  word: string;
  /** Spelling categories for which this word is the preferred (plain-tagged) spelling. */
  preferred: Set<string>;
  categories: Set<string>;
}

interface Line {
  us?: string;
  gb?: string;
  oed?: string;
}

const HEADER = /^# (\S+).*\(level (\d+)\)\s*$/;

function parseEntries(body: string): Entry[] {
  return body.split(' / ').flatMap((part) => {
    const colon = part.indexOf(': ');
    if (colon < 0) return [];
    const preferred = new Set<string>();
    const categories = new Set<string>();
    for (const tag of part.slice(0, colon).trim().split(/\s+/)) {
      // A tag is a category letter, then an optional variant mark (. v V - x); column numbers are skipped.
      const m = /^([ABZCD_])([.vVx-]?)$/.exec(tag);
      if (!m) continue;
      categories.add(m[1]);
      if (m[2] === '') preferred.add(m[1]);
    }
    return [{ word: part.slice(colon + 2).trim(), preferred, categories }];
  });
}

function parseLine(raw: string): Line {
  // Usage or POS after " | ", and a trailing "#" comment, are not spellings.
  const body = raw.split(' | ')[0].split(' #')[0];
  const entries = parseEntries(body);
  const find = (cat: string) => entries.find((e) => e.preferred.has(cat))?.word;
  const hasZ = entries.some((e) => e.categories.has('Z'));
  const gb = find('B');
  // README: "If there are no tags with the 'Z' spelling category on the line then 'B' implies 'Z'."
  return { us: find('A'), gb, oed: hasZ ? find('Z') : gb };
}

interface Cluster {
  level: number;
  lines: Line[];
}

function* clusters(text: string): Generator<Cluster> {
  let current: Cluster | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    const header = HEADER.exec(line);
    if (header) {
      if (current) yield current;
      current = { level: Number(header[2]), lines: [] };
    } else if (current && line !== '' && !line.startsWith('#')) {
      current.lines.push(parseLine(line));
    }
  }
  if (current) yield current;
}

/**
 * A pair is usage-dependent when its cluster also uses one of its spellings for another sense in
 * which both dialects agree or swap (practice is the British noun, program the British computer term,
 * check the British "verify"): then a difference may be a different word, not a house style.
 */
function isUsageDependent(us: string, gb: string, cluster: Cluster): boolean {
  return cluster.lines.some((l) => (l.gb === us && l.us !== gb) || (l.us === gb && l.gb !== us) || (l.us === us && l.gb === us));
}

export function varconRows(text: string, options: VarconOptions): SpellingRow[] {
  const rows = new Map<string, SpellingRow>();
  for (const cluster of clusters(text)) {
    if (cluster.level > options.maxLevel) continue;
    for (const line of cluster.lines) {
      if (!line.us || !line.gb || line.us.includes("'") || line.gb.includes("'")) continue;
      // Lookups are lowercase; capitalised rows (Manila/Manilla) repeat a lowercase row or are names.
      const us = line.us.toLowerCase();
      const gb = line.gb.toLowerCase();
      const oed = line.oed?.toLowerCase();
      if (us === gb) continue;
      const flags = (isUsageDependent(line.us, line.gb, cluster) ? USAGE_DEPENDENT : 0) | (oed === us ? OED_IS_US : 0);
      const key = `${us}\u0000${gb}`;
      const seen = rows.get(key);
      // The same pair can recur across groups of a cluster: it is usage-dependent if any group says so.
      const merged = (seen?.[2] ?? 0) | flags;
      const distinctOed = oed && oed !== us && oed !== gb ? oed : seen?.[3];
      rows.set(key, distinctOed ? [us, gb, merged, distinctOed] : [us, gb, merged]);
    }
  }
  // Sorted for a stable, diff-friendly file; for one US word the usage-neutral reading comes first,
  // which is the one a lookup returns.
  return [...rows.values()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : (x[2] & USAGE_DEPENDENT) - (y[2] & USAGE_DEPENDENT) || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0)));
}

/** The text of src/data/us-gb.json: one row per line, so regenerations diff readably. */
export function usGbJson(varconText: string, options: VarconOptions): string {
  const rows = varconRows(varconText, options);
  const head = `{"source":"VarCon 2020.12.07 (SCOWL), levels <= ${options.maxLevel}; see THIRD_PARTY_NOTICES","format":${JSON.stringify(ROW_FORMAT)},"pairs":[`;
  return `${head}\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}
