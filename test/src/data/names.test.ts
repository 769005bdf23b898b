import { describe, expect, it } from 'vitest';
import { DISTINCT_ENTITIES } from '../../../scripts/data/check-curated';
import { countryCanon, countryOfDemonym, isKnownPlace, isStyledAcronym, translitCanon } from '../../../src/data/names';
import translit from '../../../src/data/translit.json';
import acronyms from '../../../src/data/acronyms.json';
import countries from '../../../src/data/countries.json';

describe('translitCanon', () => {
  it.each([
    ['kiev', 'kyiv'],
    ['kyiv', 'kyiv'],
    ['zelenskyy', 'zelensky'],
    ['zelenskiy', 'zelensky'],
    ['zelenskii', 'zelensky'],
    ['zelensky', 'zelensky'],
    ['kharkov', 'kharkiv'],
    ['odessa', 'odesa'],
    ['qaddafi', 'gaddafi'],
    ['gadhafi', 'gaddafi'],
    ['kadafi', 'gaddafi'],
    ['qadhafi', 'gaddafi'],
    ['kaddafi', 'gaddafi'],
    ['al-qaida', 'al-qaeda'],
    ['hizballah', 'hezbollah'],
    ['hizbollah', 'hezbollah'],
    ['muhammad', 'mohammed'],
    ['mohammad', 'mohammed'],
    ['muhammed', 'mohammed'],
    ['navalnyy', 'navalny'],
    ['al-assad', 'assad'],
    ['chaikovsky', 'tchaikovsky'],
  ])('%s → %s', (spelling, canon) => {
    expect(translitCanon(spelling)).toBe(canon);
  });

  it.each(DISTINCT_ENTITIES.map(([x, y]) => [x, y]))('never gives %s and %s one canon', (x, y) => {
    const cx = translitCanon(x);
    expect(cx === undefined || cx !== translitCanon(y)).toBe(true);
  });

  it('keeps Olena Zelenska in her own cluster', () => {
    expect(translitCanon('zelenska')).toBe('zelenska');
  });

  it.each(['gaza', 'netanyahu', 'the', 'Kiev', ''])('has no cluster for %j', (word) => {
    expect(translitCanon(word)).toBeUndefined();
  });

  it('has the ~100–150 curated clusters the brief asks for', () => {
    expect(translit.clusters.length).toBeGreaterThanOrEqual(100);
    expect(translit.clusters.length).toBeLessThanOrEqual(160);
  });
});

describe('isStyledAcronym', () => {
  it.each(['nato', 'unesco', 'nasa', 'aids', 'isis', 'fifa', 'opec', 'unicef', 'farc', 'ofsted', 'acas'])('%s is styled', (w) => {
    expect(isStyledAcronym(w)).toBe(true);
  });
  it.each(['bbc', 'nhs', 'unhcr', 'fbi', 'NATO', 'nato.', 'the'])('%j is not (letter-by-letter or not lowercase)', (w) => {
    expect(isStyledAcronym(w)).toBe(false);
  });
  it('has about a hundred entries', () => {
    expect(acronyms.acronyms.length).toBeGreaterThanOrEqual(80);
    expect(acronyms.acronyms.length).toBeLessThanOrEqual(150);
  });
});

describe('countryOfDemonym', () => {
  it.each([
    ['ukrainian', 'ukraine'],
    ['french', 'france'],
    ['russian', 'russia'],
    ['british', 'united kingdom'],
    ['american', 'united states'],
    ['nigerien', 'niger'],
    ['nigerian', 'nigeria'],
    ['iranian', 'iran'],
    ['iraqi', 'iraq'],
    ['austrian', 'austria'],
    ['australian', 'australia'],
    ['sudanese', 'sudan'],
    ['swedish', 'sweden'],
    ['dutch', 'netherlands'],
    ['saudi', 'saudi arabia'],
    ['north korean', 'north korea'],
  ])('%s → %s', (demonym, country) => {
    expect(countryOfDemonym(demonym)).toBe(country);
  });
  it.each(['ukraine', 'korean', 'congolese', 'the', ''])('%j is not a demonym we can place', (w) => {
    expect(countryOfDemonym(w)).toBeUndefined();
  });
  it('covers about 200 countries', () => {
    expect(countries.countries.length).toBeGreaterThanOrEqual(190);
  });
});

describe('isKnownPlace / countryCanon', () => {
  it.each(['niger', 'nigeria', 'iran', 'iraq', 'austria', 'australia', 'sudan', 'sweden', 'kuwait', 'homs', 'kyiv', 'kiev',
    'burma', 'myanmar', 'swaziland', 'eswatini', 'türkiye', "côte d'ivoire", 'czechia', 'london', 'gaza'])('%s is a place', (w) => {
    expect(isKnownPlace(w)).toBe(true);
  });
  it.each(['hamas', 'zelensky', 'nato', 'car', 'the', 'Paris'])('%j is not a place', (w) => {
    expect(isKnownPlace(w)).toBe(false);
  });
  it.each([
    ['us', 'united states'],
    ['u.s', 'united states'],
    ['america', 'united states'],
    ['uk', 'united kingdom'],
    ['britain', 'united kingdom'],
    ['burma', 'myanmar'],
    ['turkiye', 'turkey'],
    ['ukraine', 'ukraine'],
  ])('countryCanon(%s) → %s', (w, c) => {
    expect(countryCanon(w)).toBe(c);
  });
  it('does not treat a city as a country', () => {
    expect(countryCanon('london')).toBeUndefined();
  });
});
