/**
 * Selects US/UK dialect-vocabulary pairs (apartment/flat, truck/lorry) from VarCon's voc.tab for
 * src/data/dialect-vocabulary.json. Pure: text in, rows out, so a test can regenerate the committed file
 * in memory and compare.
 *
 * voc.tab's own README says it "is generally not suitable for automatic conversion", and the engine does
 * not convert: a pair found here stays a `wording` difference, only named and ranked lower. So the bar
 * for a row is not "always interchangeable" but "an aligned swap of the one for the other, in two
 * outlets' versions of one news story, names the same thing". How each row was judged:
 *  - kept: the swap names the same thing, even where a word has other senses that could never stand in
 *    the other's slot ("a lorry driver" / "a truck driver"; "pants" / "trousers", where the British
 *    "pants" are underwear: the pair is still worth naming, and the finding stays wording);
 *  - DROPPED below, with the reason: pairs that are not equivalents (attorney/solicitor), words whose
 *    other everyday news sense fits the same slot (gas is natural gas; mad is angry or crazy), words
 *    voc.tab puts on the US side of one row and the UK side of another (flat, pants, chips, suspenders:
 *    each is kept in the one row that matches its usual news sense, so a word has one dialect), and
 *    non-words or unused plurals (dustmans, luggages);
 *  - automatically: possessive rows (the tokenizer splits "lorry's" into "lorry" + "'s", so the base row
 *    covers them), alternatives that are the same word on both sides (napkin/napkin), and any pair that
 *    VarCon's spelling table (us-gb.json) already has (math/maths, mom/mum): those were cosmetic spelling
 *    before this table existed and stay so;
 *  - ADDED: a few pairs voc.tab lacks that wording-differences.md §3 C names or the engine's tests need.
 * Each kept row is tagged with where it came from ('v' voc.tab, 'p' Parallax) for THIRD_PARTY_NOTICES.
 */

export type Origin = 'v' | 'p';
/** [us, gb, origin]; multi-word entries are lowercase words separated by one space, hyphens as spaces. */
export type VocabularyRow = [string, string, Origin];

export const VOCABULARY_FORMAT = '[us, gb, origin (v = VarCon voc.tab, p = added by Parallax)]';

/** Words whose every pair is dropped, and why. */
export const DROPPED_WORDS: Readonly<Record<string, string>> = {
  allowance: 'a tax, housing or travel allowance in both dialects',
  attorney: 'attorney, barrister and solicitor are different roles',
  attorneys: 'attorney, barrister and solicitor are different roles',
  beltway: '"the Beltway" stands for Washington politics',
  beltways: '"the Beltway" stands for Washington politics',
  bureau: 'an agency or office in news (the FBI, a bureau chief)',
  mad: 'a judgement word: American "mad" is angry, British "mad" is crazy',
  madder: 'a judgement word: American "mad" is angry, British "mad" is crazy',
  maddest: 'a judgement word: American "mad" is angry, British "mad" is crazy',
  cupcake: 'a different cake; British English says cupcake too',
  diner: 'a different place (and a person eating)',
  gas: 'natural gas in both dialects: a swap with petrol can be a real change (gasoline/petrol is kept)',
  jelly: 'American jelly is a strained preserve, British jelly a dessert',
  jellies: 'American jelly is a strained preserve, British jelly a dessert',
  motor: 'a motor and an engine are different machines in both dialects (an electric motor)',
  motors: 'a motor and an engine are different machines in both dialects (an electric motor)',
  'one way': 'the ticket sense only; "single" has many other senses in news',
  'round trip': 'the ticket sense only; "return" has many other senses in news',
  'toe rubbers': 'rubbers is the British plural of eraser (erasers/rubbers is kept) and American slang for condoms',
  garters: 'suspenders is the American word for braces (suspenders/braces is kept)',
  shorts: 'shorts are shorts in both dialects; pants is kept as the American word for trousers',
  underground: 'an adjective in both dialects, and the British name of the system (subway/tube is kept)',
  undergrounds: 'an adjective in both dialects, and the British name of the system (subway/tube is kept)',
  scotch: 'scotch is a kind of whisky, not another word for it',
  scotchs: 'not a word',
};

/** Single pairs dropped while other pairs of the same words stay, and why. */
export const DROPPED_PAIRS: Readonly<Record<string, string>> = {
  'truck/van': 'a van is a van in both dialects (truck/lorry is kept)',
  'trucks/vans': 'a van is a van in both dialects (trucks/lorries is kept)',
  'chips/crisps': 'chips is the British word for fries (french fries/chips is kept) and, in news, semiconductors',
  'flat/puncture': 'in British news a flat is an apartment (apartment/flat is added)',
  'flats/punctures': 'in British news a flat is an apartment (apartments/flats is added)',
  'rubbers/wellington boots': 'rubbers is the British plural of eraser (erasers/rubbers is kept) and American slang for condoms',
  'corns/maizes': 'corns are on feet; maize has no plural in use',
  'baggages/luggages': 'both are uncountable',
  'silverwares/cutleries': 'both are uncountable',
  'cellulars/mobiles': 'American English has no noun "cellulars"',
  'garbage collectors/dustmans': 'not a word (the plural is dustmen)',
  'mailmans/postmans': 'not words (the plurals are mailmen, postmen)',
};

/**
 * Pairs voc.tab lacks. apartment/flat is wording-differences.md §3 C's own example of dialect vocabulary.
 * soccer/football: an aligned swap of the two always names association football (a British outlet never
 * calls American football "soccer"), so it is named; the finding stays wording, since "football" alone
 * means a different sport in American copy. (mom/mum, the section's third example, is in VarCon's spelling
 * table and so stays cosmetic spelling: see the automatic rule above.)
 */
export const ADDED: ReadonlyArray<readonly [string, string]> = [
  ['apartment', 'flat'],
  ['apartments', 'flats'],
  ['soccer', 'football'],
];

export interface Selection {
  rows: VocabularyRow[];
  /** Every pair left out, with the reason: printed by the build so a change in voc.tab shows. */
  dropped: Array<{ us: string; gb: string; reason: string }>;
  /** Words on the US side of one kept row and the UK side of another: the build fails on any. */
  conflicts: string[];
}

const phrase = (s: string): string => s.trim().toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ');

/**
 * `spelling` maps each US and OED form of us-gb.json to its British form: a pair whose words map to the
 * same British words is a spelling variant already (the engine's keys make it equal), so it is left to the
 * spelling table.
 */
export function vocabularySelection(vocText: string, spelling: ReadonlyMap<string, string>): Selection {
  const canon = (p: string): string => p.split(' ').map((w) => spelling.get(w) ?? w).join(' ');
  const rows = new Map<string, VocabularyRow>();
  const dropped: Selection['dropped'] = [];
  const consider = (us: string, gb: string, origin: Origin): void => {
    if (us === '' || gb === '' || us === gb) return;
    const id = `${us}/${gb}`;
    const reason =
      DROPPED_WORDS[us] ??
      DROPPED_WORDS[gb] ??
      DROPPED_PAIRS[id] ??
      (canon(us) === canon(gb) ? 'a VarCon spelling pair already (stays cosmetic spelling)' : undefined);
    if (reason !== undefined) dropped.push({ us, gb, reason });
    else if (!rows.has(id)) rows.set(id, [us, gb, origin]);
  };
  for (const line of vocText.split(/\r?\n/)) {
    const [usField, gbField] = line.split('\t');
    if (gbField === undefined || line.includes("'")) continue;
    for (const us of usField.split(',').map(phrase)) {
      for (const gb of gbField.split(',').map(phrase)) consider(us, gb, 'v');
    }
  }
  for (const [us, gb] of ADDED) consider(us, gb, 'p');
  const sorted = [...rows.values()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  const usWords = new Set(sorted.map((r) => r[0]));
  const conflicts = [...new Set(sorted.map((r) => r[1]).filter((gb) => usWords.has(gb)))];
  return { rows: sorted, dropped, conflicts };
}

/** The text of src/data/dialect-vocabulary.json: one row per line, so regenerations diff readably. */
export function vocabularyJson(rows: readonly VocabularyRow[]): string {
  const head = `{"source":"VarCon voc.tab (SCOWL; en-wl/wordlist commit c17d309), selected by scripts/data/voc.ts, plus rows added by Parallax; see THIRD_PARTY_NOTICES","format":${JSON.stringify(VOCABULARY_FORMAT)},"pairs":[`;
  return `${head}\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}

/** us-gb.json's rows ([us, gb, flags, oed?]) as the US/OED form → British form map vocabularySelection takes. */
export function spellingMap(pairs: ReadonlyArray<readonly unknown[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [us, gb, , oed] of pairs) {
    if (typeof us !== 'string' || typeof gb !== 'string') continue;
    if (!map.has(us)) map.set(us, gb);
    if (typeof oed === 'string' && !map.has(oed)) map.set(oed, gb);
  }
  return map;
}
