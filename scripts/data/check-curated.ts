/**
 * Consistency checks for the hand-curated tables in src/data/. Run by `npm run data` and by the tests,
 * so a careless edit (a name in two clusters, a demonym of two countries) fails before it ships.
 */
import translit from '../../src/data/translit.json';
import acronyms from '../../src/data/acronyms.json';
import countries from '../../src/data/countries.json';
import words from '../../src/data/words.json';

/**
 * Different people or places whose spellings collide under the fuzzy keys (wording-differences §3 D,
 * §10): the curated table must never give them one canon.
 */
export const DISTINCT_ENTITIES: ReadonlyArray<readonly [string, string]> = [
  ['zelenska', 'zelensky'],
  ['zelenska', 'zelenskyy'],
  ['hamas', 'homs'],
  ['niger', 'nigeria'],
  ['iran', 'iraq'],
  ['austria', 'australia'],
  ['sudan', 'sweden'],
  ['putin', 'patten'],
  ['biden', 'baden'],
  ['macron', 'micron'],
  ['kyiv', 'kuwait'],
  ['gambia', 'zambia'],
  ['slovakia', 'slovenia'],
  ['mali', 'malawi'],
  ['guinea', 'guyana'],
];

const LOWER = /^[\p{Ll}\p{Nd}' ’.-]+$/u;

function duplicates(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((w) => (seen.has(w) ? true : (seen.add(w), false)));
}

export function curatedProblems(): string[] {
  const problems: string[] = [];
  const canonOf = new Map<string, string>();
  for (const cluster of translit.clusters) {
    if (cluster.length < 2) problems.push(`translit cluster ${cluster[0]} has a single spelling`);
    for (const spelling of cluster) {
      if (!LOWER.test(spelling)) problems.push(`translit spelling "${spelling}" is not lowercase`);
      const other = canonOf.get(spelling);
      if (other !== undefined) problems.push(`translit spelling "${spelling}" is in clusters ${other} and ${cluster[0]}`);
      canonOf.set(spelling, cluster[0]);
    }
  }
  for (const [x, y] of DISTINCT_ENTITIES) {
    const cx = canonOf.get(x);
    if (cx !== undefined && cx === canonOf.get(y)) problems.push(`translit puts distinct entities ${x} and ${y} in cluster ${cx}`);
  }

  for (const dup of duplicates(acronyms.acronyms)) problems.push(`acronym "${dup}" listed twice`);
  for (const a of acronyms.acronyms) if (!/^[a-z]+$/.test(a)) problems.push(`acronym "${a}" is not plain lowercase letters`);

  const country = new Map<string, string>();
  const names: string[] = [];
  for (const [name, alternates, demonyms] of countries.countries as [string, string[], string[]][]) {
    names.push(name, ...alternates);
    for (const demonym of demonyms) {
      const other = country.get(demonym);
      if (other !== undefined && other !== name) problems.push(`demonym "${demonym}" belongs to ${other} and ${name}`);
      country.set(demonym, name);
    }
  }
  for (const dup of duplicates(names)) problems.push(`place "${dup}" listed twice among countries`);
  for (const dup of duplicates(countries.cities)) problems.push(`city "${dup}" listed twice`);
  for (const place of [...names, ...countries.cities]) {
    if (!LOWER.test(place)) problems.push(`place "${place}" is not lowercase`);
  }

  for (const [key, value] of Object.entries(words)) {
    if (!Array.isArray(value)) continue;
    for (const dup of duplicates(value)) problems.push(`words.${key}: "${dup}" listed twice`);
    for (const w of value) if (!LOWER.test(w)) problems.push(`words.${key}: "${w}" is not lowercase`);
  }
  return problems;
}
