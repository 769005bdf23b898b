import { describe, expect, it } from 'vitest';
import { entityKey, extractEntities, rankEntities } from '../../../src/match/entities';
import { damLantern } from './stories';

describe('entityKey', () => {
  it.each([
    ['Mr. Macron', 'macron'],
    ['President Macron', 'macron'],
    ["Fenwick's", 'fenwick'],
    ['U.S.', 'us'],
    ['United States', 'us'],
    ['NATO', 'nato'],
    ['Nato', 'nato'],
    ['U.K.', 'uk'],
    ['Britain', 'uk'],
    ['The Northmarch Water Authority', 'northmarch water authority'],
    // One person however the outlet writes the first name: "Jim" in one story is "James" in another.
    ['Jim Halloway', 'james halloway'],
    ['Dave Orrin', 'david orrin'],
    ['Jim', 'jim'],
    // An office with "of" keeps its honorific: "Secretary of Defense" is no "of defense".
    ['Secretary of Defense', 'secretary of defense'],
    ['Md.', 'maryland'],
    ['Calif', 'california'],
  ])('%s → %s', (surface, key) => expect(entityKey(surface)).toBe(key));
});

describe('extractEntities', () => {
  const e = extractEntities(damLantern.title, damLantern.paragraphs);

  it('finds people, organisations and places, folding surnames into full names', () => {
    expect(e.get('orla fenwick')).toMatchObject({ display: 'Orla Fenwick', kind: 'person', inLead: true });
    expect(e.get('orla fenwick')!.count).toBeGreaterThanOrEqual(2);
    expect(e.get('tobias greave')!.count).toBeGreaterThanOrEqual(2);
    expect(e.get('northmarch water authority')?.kind).toBe('org');
    expect(e.has('fenwick')).toBe(false);
  });

  it('marks title entities, and keeps sentence-initial words and weekdays out', () => {
    expect(e.get('brackwater')?.inTitle).toBe(true);
    expect(e.get('linmouth')?.inTitle).toBe(true);
    for (const noise of ['residents', 'engineers', 'monday', 'the', 'we']) expect(e.has(noise)).toBe(false);
  });

  it('accepts a sentence-initial name when it recurs mid-sentence', () => {
    const x = extractEntities('', ['Quill spoke first.', 'Later, Judge Quill adjourned.']);
    expect(x.has('quill')).toBe(true);
    const y = extractEntities('', ['Officials spoke first.', 'Later, the officials left.']);
    expect(y.has('officials')).toBe(false);
  });

  it('ranks by salience (3·title + lead + count)', () => {
    const ranked = rankEntities(e).map((x) => x.key);
    expect(ranked.indexOf('linmouth')).toBeLessThan(ranked.indexOf('tobias greave'));
    for (const x of rankEntities(e)) expect(x.salience).toBe(3 * Number(x.inTitle) + Number(x.inLead) + x.count);
  });

  // Each row: invented prose, keys that must be found, keys that must not (what the old splitter made).
  it.each([
    ['an abbreviation\'s dot ends no sentence', 'Critics of Sen. Mara Quist spoke. Mr. Quist said nothing.', ['mara quist'], ['sen']],
    ['a middle initial stays inside the name', 'The ruling angered Tomas J. Verrill on Friday.', ['tomas verrill'], ['tomas j', 'tomas j verrill']],
    ['"and" joins two names, it does not make one', 'Both Ada Pell and Rune Odegard voted, in Oslo and Bergen.', ['ada pell', 'rune odegard', 'oslo', 'bergen'], ['ada pell and rune odegard']],
    ['"of <place>" after a name is a place of its own', 'It was Ted Marrow of Texas who asked.', ['ted marrow', 'texas'], ['ted marrow of texas']],
    ['"of <place>" after an organisation head stays', 'The Bank of England and the Gulf of Aden patrol.', ['bank of england', 'gulf of aden'], ['bank', 'england']],
    ['a possessive ends a name', 'Later Ida Brenn’s Twitter feed went quiet; Ida Brenn left.', ['ida brenn'], ['ida brenn twitter']],
    ['a party-and-state tag is no entity', 'Rep. Lena Sorrel, D-Ohio, objected.', ['lena sorrel'], ['d-ohio']],
    ['a sentence-opening word glued to a known name is dropped', 'Voters backed Ida Brenn. Later Brenn spoke.', ['ida brenn'], ['later brenn']],
    ['an office before a name is not part of it', 'Then Harbour Majority Leader Ivo Tarrant spoke, and Ivo Tarrant left.', ['ivo tarrant'], ['harbour majority leader ivo tarrant']],
    ['a British member before a name goes too', 'Then Labour MP Orla Fenn spoke, and Orla Fenn left.', ['orla fenn'], ['labour mp orla fenn', 'mp orla fenn']],
    ['an office word that is no honorific goes too', 'It was Brackwater Water Board CEO Nell Ashdown who signed; Nell Ashdown later left.', ['nell ashdown'], ['ceo nell ashdown', 'brackwater water board ceo nell ashdown']],
    ['"Secretary of State <name>" names the person', 'Yesterday Secretary of State Ruth Calloway flew in.', ['ruth calloway'], ['secretary of state ruth calloway']],
    ['a weekday after a name is the sentence\'s, not the name\'s', 'Crowds visited Pellow Pies Wednesday, and Pellow Pies sold out.', ['pellow pies'], ['pellow pies wednesday']],
    ['"Secretary of <office> <name>" names the person', 'A letter from Secretary of Defense Ruth Calloway came.', ['ruth calloway'], ['of defense ruth calloway', 'secretary of defense ruth calloway']],
    ['a middle initial is no article "a"', 'Then Speaker Tomas A. Verrill of Ohio spoke.', ['tomas verrill', 'ohio'], ['tomas', 'verrill']],
    ['a sentence-opening name with an appositive is a name', 'Ivo Tarrant, the harbour master, spoke for an hour.', ['ivo tarrant'], []],
    ['a sentence opener before an appositive is no name', 'Meanwhile Brackwater, which flooded, waited. Finally Pellow, 46, spoke.', [], ['meanwhile brackwater', 'finally pellow']],
    ['a party before a name is not part of it', 'The bill split Democrat Hedda Quarry and the Republican Jewish Coalition.', ['hedda quarry', 'republican jewish coalition'], ['democrat hedda quarry', 'jewish coalition']],
    ['"of <state>" after a name is a place, and AP\'s abbreviation is the state', 'It was Ada Pell of Minnesota who flew to Cambridge, Md., on Friday.', ['ada pell', 'minnesota', 'maryland', 'cambridge'], ['ada pell of minnesota', 'md']],
    ['"New" begins a place\'s name', 'They flew from New Jersey to New Zealand.', ['new jersey', 'new zealand'], ['jersey', 'zealand']],
    ['"New" opening a sentence is no name\'s', 'New Brackwater rules came. Then Brackwater left. New York waited, as New York does.', ['brackwater', 'new york'], ['new brackwater']],
    ['an office alone, or an organisation after the office, stays whole', 'The Prime Minister met Labour Party chiefs at Premier League House.', ['premier league house'], ['league house', 'house']],
  ])('%s', (_, text, present, absent) => {
    const x = extractEntities('', [text]);
    for (const key of present) expect([...x.keys()]).toContain(key);
    for (const key of absent) expect([...x.keys()]).not.toContain(key);
  });

  it('reads a headline-case paragraph as all capitals, confirming nothing by itself', () => {
    const x = extractEntities('', ['Pellow Pies Draws Huge Crowds For Appreciation Day', 'Crowds queued at Pellow Pies all morning.']);
    expect([...x.keys()]).toContain('pellow pies');
    for (const key of ['draws huge crowds', 'appreciation day', 'pellow pies draws huge crowds']) expect([...x.keys()]).not.toContain(key);
  });

  it('shows a name without the sentence\'s full stop, an abbreviation with its dots', () => {
    const x = extractEntities('', ['They met Mr. Quist.', 'Then they flew back to the U.S.']);
    expect(x.get('quist')?.display).toBe('Quist');
    expect(x.get('us')?.display).toBe('U.S.');
  });

  it('gives a bare surname to the full name said most often', () => {
    const x = extractEntities('', ['Ola Varga met Piet Varga. Piet Varga spoke twice, and Piet Varga left. Then Varga returned.']);
    expect(x.get('piet varga')!.count).toBe(4); // three in full, and the bare "Varga"
    expect(x.get('ola varga')!.count).toBe(1);
  });

  it('never gives a bare word to a thing whose name holds "of"', () => {
    // "Critics of Pellowco" is no person, so a later bare "Pellowco" is not its surname.
    const x = extractEntities('', ['The Critics of Pellowco marched. Then Pellowco answered, and Pellowco won.']);
    expect(x.get('pellowco')?.count).toBe(2);
  });

  it('returns nothing for empty input', () => {
    expect(extractEntities('', []).size).toBe(0);
  });
});
