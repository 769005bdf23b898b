import translit from './translit.json';
import acronyms from './acronyms.json';
import countries from './countries.json';

/** translit.json clusters: the first spelling of each cluster is its canon. */
const translitIndex = new Map<string, string>();
for (const cluster of translit.clusters) {
  for (const spelling of cluster) translitIndex.set(spelling, cluster[0]);
}

const acronymSet: ReadonlySet<string> = new Set(acronyms.acronyms);

/** countries.json rows: [name, alternate names, demonyms]. */
type CountryRow = [string, string[], string[]];

const demonymIndex = new Map<string, string>();
const countryIndex = new Map<string, string>();
const places = new Set<string>(countries.cities);
for (const [name, alternates, demonyms] of countries.countries as CountryRow[]) {
  places.add(name);
  countryIndex.set(name, name);
  for (const alt of alternates) {
    places.add(alt);
    countryIndex.set(alt, name);
  }
  for (const demonym of demonyms) if (!demonymIndex.has(demonym)) demonymIndex.set(demonym, name);
}

export function translitCanon(lower: string): string | undefined {
  return translitIndex.get(lower);
}

export function isStyledAcronym(lower: string): boolean {
  return acronymSet.has(lower);
}

export function countryOfDemonym(lower: string): string | undefined {
  return demonymIndex.get(lower);
}

export function isKnownPlace(lower: string): boolean {
  return places.has(lower);
}

/** A country's name from its name or an alternate ('us', 'u.s', 'america' → 'united states'), else undefined. */
export function countryCanon(lower: string): string | undefined {
  return countryIndex.get(lower);
}
