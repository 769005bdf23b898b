// Named entities without an NLP library: capitalised token runs, acronyms, and a few normalisations.
// Precision matters more than recall here: a missed entity only weakens a signal that the body cosine
// backs up, but a false one (a sentence-initial "However") would make unrelated stories look alike.

import { formalGivenName, SENTENCE_OPENERS, WEEKDAYS } from '../data/lexicon';
import { isKnownPlace } from '../data/names';
import { foldWord, rawWords, STOPWORDS, WEEKDAYS_AND_MONTHS, WORD_WITH_INDEX } from './words';

export type EntityKind = 'person' | 'org' | 'place' | 'other';

export interface Entity {
  key: string;
  display: string;
  kind: EntityKind;
  count: number;
  inTitle: boolean;
  inLead: boolean;
  /** 3·inTitle + 1·inLead + count, the ranking of discovery.md §8. */
  salience: number;
}

/**
 * Courtesy and office titles dropped from the front of a name: "Mr Macron" and "President Macron" are Macron.
 * Not "President-elect": folding it made ECB+ topic 9's two Obama/Bush events share their main person, and
 * cross-validated recall fell from 141 to 128 of 150 (docs/benchmarks.md, "Story matching").
 */
const HONORIFICS = new Set(
  (
    'mr mrs ms miss dr sir dame lord lady prof professor sen senator rep representative gov governor president ' +
    'vice prime minister chancellor secretary gen general col colonel capt captain lt sgt judge justice king queen ' +
    'prince princess pope rev reverend chief officer sheriff mayor ambassador speaker leader deputy attorney'
  ).split(' '),
);
/**
 * Office words that may end a longer title before a name: "House Majority Leader Eric Cantor", "Defense
 * Secretary James Mattis", "RNC Chair Reince Priebus", British "Labour MP Jess Phillips". With HONORIFICS
 * they mark where the name begins.
 */
const OFFICE_WORDS = new Set(
  (
    'whip chair chairman chairwoman ceo commissioner director spokesman spokeswoman spokesperson administrator ' +
    'adviser advisor counsel nominee candidate founder host anchor commander admiral mp mep msp mla'
  ).split(' '),
);

/** Honorifics that say the following name is a person. */
const PERSON_TITLES = new Set('mr mrs ms miss dr sir dame prof sen rep gov judge justice rev'.split(' '));

/** Words that make a capitalised run an organisation. */
const ORG_WORDS = new Set(
  (
    'committee party court department ministry university college bank council agency inc corp corporation company ' +
    'co ltd association union institute foundation house senate congress parliament police army navy force forces ' +
    'commission board office service services administration government group federation league club team fund ' +
    'times post news journal press network organization organisation authority bureau church school hospital'
  ).split(' '),
);

/**
 * Words that, lowercase in running text, glue a capitalised run together ("Bank of England"). Not "and":
 * in news it joins two names far more often than it names one thing ("Obama and Boehner", "Chicago and
 * Boston", a byline's "Kim Lee and Ann Roe"), and a glued pair matches neither name elsewhere.
 */
const CONNECTORS = new Set(['of', 'de', 'for', 'the', 'la', 'van', 'von', 'der', 'al', 'bin', 'du', 'del']);

/** Heads that keep "of <place>" as part of the name: "Gulf of Aden", "Bank of England", "Mayor of London". */
const OF_PLACE_HEADS = new Set(
  'republic kingdom state states city province county district gulf bay sea isle islands strait straits duke duchess archbishop bishop statue port'.split(
    ' ',
  ),
);

/** US party-and-state tags after a name ("R-Texas", "D-N.Y."): not entities of their own. */
const PARTY_TAG = /^[RDI]-\p{Lu}/u;

/** Spelling variants of the same entity, after folding (dots and case already gone). */
const ALIASES: Record<string, string> = {
  usa: 'us',
  'united states': 'us',
  'united states of america': 'us',
  america: 'us',
  uk: 'uk',
  britain: 'uk',
  'great britain': 'uk',
  'united kingdom': 'uk',
  'united nations': 'un',
  'european union': 'eu',
  'white house': 'white house',
};

/** The 50 US states: "Amy Klobuchar of Minnesota" is a person and a place (splitOfPlace). */
const US_STATES = (
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois ' +
  'indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri ' +
  'montana nebraska nevada new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma ' +
  'oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont virginia washington ' +
  'west_virginia wisconsin wyoming'
)
  .split(' ')
  .map((s) => s.replace('_', ' '));

/**
 * AP's state abbreviations after a city ("Cambridge, Md.", "R-Ariz."), folded: the same state as its name.
 * Not the ones that fold to a word (Ind., Ore., Miss., Wash., Del., Mass., Me., Co.); only a whole one-word
 * key is read so, never a word inside a name.
 */
const STATE_ABBREVIATIONS: Record<string, string> = {
  ala: 'alabama', ariz: 'arizona', ark: 'arkansas', calif: 'california', colo: 'colorado', conn: 'connecticut',
  fla: 'florida', ga: 'georgia', ill: 'illinois', kan: 'kansas', ky: 'kentucky', la: 'louisiana', md: 'maryland',
  mich: 'michigan', minn: 'minnesota', mo: 'missouri', mont: 'montana', neb: 'nebraska', nev: 'nevada',
  nh: 'new hampshire', nj: 'new jersey', nm: 'new mexico', ny: 'new york', nc: 'north carolina', nd: 'north dakota',
  okla: 'oklahoma', pa: 'pennsylvania', ri: 'rhode island', sc: 'south carolina', sd: 'south dakota',
  tenn: 'tennessee', tex: 'texas', vt: 'vermont', va: 'virginia', wva: 'west virginia', wis: 'wisconsin', wyo: 'wyoming',
};

const PLACES = new Set([
  ...(
    'us uk un eu china russia ukraine france germany italy spain iran iraq israel gaza syria afghanistan pakistan ' +
    'india japan korea north south canada mexico brazil europe asia africa london paris moscow beijing ' +
    'kyiv kiev berlin brussels tokyo jerusalem york egypt libya turkey greece cuba venezuela'
  ).split(' '),
  ...US_STATES,
]);

const GENERIC = new Set(['i', 'a', 'the', 'an', 'it', 'ok', 'tv', 'am', 'pm', 'ad', 'op', 'ed']);

export function entityKey(surface: string): string {
  const words = rawWords(surface).map(foldWord);
  while (words.length > 1 && (HONORIFICS.has(words[0]) || words[0] === 'the') && words[1] !== 'of') words.shift();
  // "Donald J. Trump" and "Donald Trump" are one person: a one-letter middle word is an initial.
  const kept = words.filter((w, i) => !(w.length === 1 && i > 0 && i < words.length - 1));
  // A person's short first name is the full one ("Jim Mattis" is "James Mattis"); a lone "Jim" stays.
  if (kept.length >= 2 && kept.length <= 3) kept[0] = formalGivenName(kept[0]);
  const key = kept.join(' ');
  return ALIASES[key] ?? STATE_ABBREVIATIONS[key] ?? key;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** NATO, U.S., AT&T; not a shouted dateline ("LINMOUTH"), hence the length cap. */
function isAcronym(word: string): boolean {
  const letters = word.replace(/[.&-]/g, '');
  return letters.length >= 2 && letters.length <= 6 && /^\p{Lu}+$/u.test(letters);
}

/** Sentence starts: after . ! ? (with optional closing quote) or at the start of a paragraph. */
function sentences(paragraph: string): string[] {
  // Not after "Ms." or an initial ("John F. Kennedy"): those dots end abbreviations, not sentences.
  // The lookbehind ends at the dot itself: without it the abbreviation never matched and "Sen. Ted Cruz"
  // became two sentences, losing the name to the sentence-initial rule.
  return paragraph.split(/(?<!(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Jr|Sr|\p{Lu})\.)(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u);
}

interface Run {
  words: string[];
  initial: boolean;
  prev: string;
  /** A sentence-opening run followed by ", the …" or ", 46,": "Glenn Beck, the closing speaker, …" names someone. */
  appositive?: boolean;
}

/**
 * Capitalised runs of one sentence; `initial` marks a run that starts the sentence. A run breaks at any
 * punctuation ("LINMOUTH — The", "Paris, Berlin") and at a capitalised function word ("…Fenwick The…").
 */
function runsOf(sentence: string): Run[] {
  const tokens = [...sentence.matchAll(WORD_WITH_INDEX)].map((m) => ({ w: m[0], start: m.index!, end: m.index! + m[0].length }));
  const adjacent = (a: number, b: number) => /^\s+$/.test(sentence.slice(tokens[a].end, tokens[b].start));
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i].w)) {
      i++;
      continue;
    }
    if (PARTY_TAG.test(tokens[i].w)) {
      i++;
      continue;
    }
    const start = i;
    const run = [tokens[i++].w];
    // A possessive ends a name: "Trump's Twitter account" names Trump, not "Trump Twitter".
    while (i < tokens.length && adjacent(i - 1, i) && !/['’]s$/i.test(tokens[i - 1].w) && !/[.]$/.test(tokens[i - 1].w.replace(/^(?:\p{Lu}\.)+$|^(?:mr|mrs|ms|dr|st|sen|rep|gov|gen|lt|col|capt|sgt|prof|rev|jr|sr)\.$/iu, ''))) {
      const w = tokens[i].w;
      if (PERSON_TITLES.has(foldWord(w)) && /\.$/.test(w)) break;
      // "A." is John A. Boehner's initial, not the article "a".
      if (isCapitalised(w) && !(STOPWORDS.has(foldWord(w)) && !isAcronym(w) && !HONORIFICS.has(foldWord(w)) && !/^\p{Lu}\.$/u.test(w))) {
        run.push(w);
        i++;
      } else if (CONNECTORS.has(w) && i + 1 < tokens.length && adjacent(i, i + 1) && isCapitalised(tokens[i + 1].w) && !PERSON_TITLES.has(foldWord(tokens[i + 1].w))) {
        run.push(w, tokens[i + 1].w);
        i += 2;
      } else break;
    }
    const prev = start > 0 ? tokens[start - 1].w.toLowerCase() : '';
    const appositive = start === 0 && /^,\s+(?:\p{Ll}|\d)/u.test(sentence.slice(tokens[i - 1].end));
    runs.push(...splitOfPlace({ words: run, initial: start === 0, prev, appositive }));
  }
  return runs;
}

const isPlaceKey = (key: string) => PLACES.has(key) || isKnownPlace(key);

/**
 * "Ted Cruz of Texas" is a person and a place, not one entity; "Bank of England" and "Gulf of Aden" stay
 * whole because their head says the place belongs to the name.
 */
function splitOfPlace(run: Run): Run[] {
  const at = run.words.indexOf('of');
  if (at < 1 || at === run.words.length - 1) return [run];
  const head = foldWord(run.words[at - 1]);
  if (ORG_WORDS.has(head) || HONORIFICS.has(head) || OF_PLACE_HEADS.has(head)) return [run];
  const tail = run.words.slice(at + 1);
  if (!isPlaceKey(entityKey(tail.join(' ')))) return [run];
  return [{ words: run.words.slice(0, at), initial: run.initial, prev: run.prev }, { words: tail, initial: false, prev: 'of' }];
}

function isOffice(word: string): boolean {
  const folded = foldWord(word);
  return HONORIFICS.has(folded) || OFFICE_WORDS.has(folded);
}

/**
 * "House Majority Leader Eric Cantor" → "Leader Eric Cantor", "CEO Dan Cathy" → "Dan Cathy": the office's
 * other words ("House Majority") would make the person an organisation and keep the name from meeting a
 * plain "Eric Cantor" elsewhere. Only when one to three capitalised words follow the last office word
 * ("Secretary of State John Kerry" skips "of State"), none an organisation word.
 */
function dropOfficePrefix(run: Run): Run {
  const { words } = run;
  let at = -1;
  for (let i = 0; i < words.length - 1; i++) if (isOffice(words[i])) at = i;
  // A leading honorific alone is entityKey's to strip ("President Obama"), and it marks the person.
  if (at < 0 && PARTY_WORDS.has(foldWord(words[0]))) return dropParty(run);
  const titledOf = at === 0 && words[1] === 'of' && words.length >= 5;
  if (at < 0 || (at === 0 && HONORIFICS.has(foldWord(words[0])) && !titledOf)) return run;
  let name = words.slice(at + 1);
  if (name[0] === 'of' && name.length >= 4) name = name.slice(2);
  if (name.length > 3 || name.some((w) => !isCapitalised(w) || isAcronym(w) || ORG_WORDS.has(foldWord(w)) || isOffice(w))) return run;
  // The name's capitals are its own, not the sentence's: no longer sentence-initial. An office word that
  // entityKey strips stays in front ("Leader Eric Cantor" reads as a titled person); another ("Whip") goes.
  return { words: HONORIFICS.has(foldWord(words[at])) ? [words[at], ...name] : name, initial: false, prev: run.prev };
}

/** A party before a name ("Republican Sharron Angle", "Democrat Heidi Heitkamp") is not part of it. */
const PARTY_WORDS = new Set('republican democrat democratic gop independent conservative labour tory liberal'.split(' '));
/** Last words of a party's groups, which keep the party: "Republican Jewish Coalition", "Democratic Senators". */
const GROUP_WORDS = new Set(
  'coalition caucus convention conference alliance campaign primary primaries establishment leaders leadership lawmakers senators members candidates voters governors'.split(' '),
);

function dropParty(run: Run): Run {
  const name = run.words.slice(1);
  if (name.length < 2) return run;
  const last = foldWord(name[name.length - 1]);
  if (name.length > 3 || GROUP_WORDS.has(last) || NOT_A_SURNAME.has(last)) return run;
  if (name.some((w) => !isCapitalised(w) || isAcronym(w) || ORG_WORDS.has(foldWord(w)) || isOffice(w) || PARTY_WORDS.has(foldWord(w)))) return run;
  return { words: name, initial: false, prev: run.prev };
}

/** Splits runs that swallowed a sentence-starting function word: "But Obama" → "Obama". */
function trimRun(run: Run): Run | null {
  const words = [...run.words];
  let initial = run.initial;
  // "New" is a stopword for the body's terms but begins a name mid-sentence ("in New Jersey", "the New York
  // Times"); opening a sentence, only a place's ("New rules from Obama" names Obama).
  const startsName = () => words.length > 1 && (!run.initial || isPlaceKey(entityKey(words.join(' '))));
  const keeps = (w: string) => isAcronym(w) || HONORIFICS.has(foldWord(w)) || (foldWord(w) === 'new' && startsName());
  while (words.length && STOPWORDS.has(foldWord(words[0])) && !keeps(words[0])) {
    words.shift();
    initial = false;
  }
  // A weekday after a name is the when of the sentence ("backed Chick-fil-A Wednesday"), not the name's.
  while (words.length && (CONNECTORS.has(words[words.length - 1].toLowerCase()) || (words.length > 1 && WEEKDAYS.has(foldWord(words[words.length - 1])))))
    words.pop();
  return words.length ? dropOfficePrefix({ words, initial, prev: run.prev, appositive: run.appositive && initial === run.initial && words.length === run.words.length }) : null;
}

/**
 * A paragraph in headline case (most content words capitalised, no closing full stop: a headline or a
 * section head that the extraction kept): its capitals prove nothing, so every run in it is read as
 * sentence-initial and counts only when the body confirms it. "Vote to End Shutdown Infuriates Some" was
 * otherwise a three-word person.
 */
function isHeadlineCase(paragraph: string): boolean {
  if (/[.!?]["”’)]?\s*$/.test(paragraph)) return false;
  const words = rawWords(paragraph).filter((w) => /^\p{L}/u.test(w) && !STOPWORDS.has(foldWord(w)));
  return words.length >= 3 && words.filter(isCapitalised).length >= 0.75 * words.length;
}

/** A word that opens sentences ("Later", "Meanwhile", "Calling"), read as an adverb or a participle. */
function isOpener(folded: string): boolean {
  return SENTENCE_OPENERS.has(folded) || /^\p{L}{3,}(?:ly|ing)$/u.test(folded);
}

/** Last words that make a two- or three-word run a place or a thing, never a person: "High Street". */
const NOT_A_SURNAME = new Set(
  'street st road avenue square park bridge river lake mount island islands airport station hall centre center stadium beach valley hill hills bay coast port market mall tower'.split(
    ' ',
  ),
);
/**
 * `surnames`: last words of the text's two- and three-word names. A looser person test than it looks (any
 * such run qualifies itself); a stricter one, asking for a bare-surname re-mention, lost 15 of 150 BASIL
 * positives against ECB+'s other events in the cross-validated fit, since personOverlap leans on it.
 */
function kindOf(words: string[], prev: string, surnames: Set<string>): EntityKind {
  const folded = words.map(foldWord);
  if (PERSON_TITLES.has(folded[0]) || (folded.length > 1 && HONORIFICS.has(folded[0]) && !ORG_WORDS.has(folded[folded.length - 1])))
    return 'person';
  if (folded.some((w) => ORG_WORDS.has(w)) || (words.length === 1 && isAcronym(words[0]) && !PLACES.has(folded[0])))
    return 'org';
  const key = entityKey(words.join(' '));
  if (isPlaceKey(key) || PLACES.has(folded[folded.length - 1])) return 'place';
  // Before the preposition rule: "spoke to Trump" is still a person when the text names Donald Trump.
  const nameLike = words.length >= 2 && words.length <= 3 && !NOT_A_SURNAME.has(folded[folded.length - 1]);
  if (nameLike && surnames.has(folded[folded.length - 1])) return 'person';
  if (['in', 'at', 'from'].includes(prev)) return 'place';
  return 'other';
}

/**
 * Entities of an article body (and title). Sentence-initial runs count only when the same key also appears
 * capitalised mid-sentence somewhere, since a capital there proves nothing. Title words count only when
 * the body confirms them, because headline case capitalises everything.
 */
export function extractEntities(title: string, paragraphs: string[], leadParagraphs = 2): Map<string, Entity> {
  interface Mention {
    words: string[];
    initial: boolean;
    prev: string;
    appositive?: boolean;
    lead: boolean;
    /** entityKey of `words`, computed once: every pass below reads it. */
    key: string;
  }
  const mentions: Mention[] = [];
  paragraphs.forEach((p, index) => {
    const headline = isHeadlineCase(p);
    for (const s of sentences(p)) {
      for (const raw of runsOf(s)) {
        const run = trimRun(raw);
        if (run) mentions.push({ ...run, initial: run.initial || headline, lead: index < leadParagraphs, key: entityKey(run.words.join(' ')) });
      }
    }
  });
  const confirmed = new Set<string>();
  /** Words seen capitalised inside a mid-sentence run: "Donald" of "…said Donald Trump", never "Later". */
  const midWords = new Set<string>();
  for (const m of mentions)
    if (!m.initial) {
      confirmed.add(m.key);
      for (const w of m.words) midWords.add(foldWord(w));
    }
  // A sentence-initial run glues the opening word to a name ("Later Trump spoke", "Calling Mr. Trump"):
  // when the opening word is a known opener or reads as an adverb or participle, never appears capitalised
  // mid-sentence, and the rest is a name the text confirms, it is only the sentence's capital. First names
  // ("Ola Varga met…") are no opener, so they stay.
  for (const m of mentions) {
    if (!m.initial || m.words.length < 2 || confirmed.has(m.key)) continue;
    const opener = foldWord(m.words[0]);
    if (midWords.has(opener) || !isOpener(opener)) continue;
    const rest = m.words.slice(1);
    const restKey = entityKey(rest.join(' '));
    if (confirmed.has(restKey) || confirmed.has(restKey.split(' ').pop()!) || HONORIFICS.has(foldWord(rest[0]))) {
      m.words = rest;
      m.key = restKey;
      m.initial = false;
    }
  }

  // Single words that end a multi-word run ("Steele" of "Michael Steele") are people's surnames when the
  // run is a name; used to fold later "Mr. Steele" / "Steele" mentions into the full name.
  // When two full names share a surname ("Donald Trump", "Melania Trump"), a bare "Trump" goes to the one
  // named most often, the first named on a tie.
  const fullCounts = new Map<string, number>();
  for (const m of mentions) {
    const parts = m.key.split(' ');
    // "of", "for", "the" inside make a thing, not a person: "Critics of Chick-fil-A" must not take every later
    // "Chick-fil-A" as its surname. Name particles ("de", "van", "bin") stay allowed.
    if (parts.length >= 2 && parts.length <= 3 && !parts.some((w) => ORG_WORDS.has(w) || w === 'of' || w === 'for' || w === 'the'))
      fullCounts.set(m.key, (fullCounts.get(m.key) ?? 0) + 1);
  }
  const fullBySurname = new Map<string, string>();
  for (const [key, n] of fullCounts) {
    const last = key.split(' ').pop()!;
    const held = fullBySurname.get(last);
    if (held === undefined || n > fullCounts.get(held)!) fullBySurname.set(last, key);
  }

  const stats = new Map<string, { surfaces: Map<string, number>; words: string[]; prev: string; count: number; lead: boolean }>();
  for (const m of mentions) {
    let key = m.key;
    if (key.length < 2 || GENERIC.has(key) || WEEKDAYS_AND_MONTHS.has(key) || /^\d/.test(key)) continue;
    if (key.split(' ').every((w) => STOPWORDS.has(w) && w !== 'us')) continue;
    const lastWord = key.split(' ').pop()!;
    const titled = m.words.length > 1 && HONORIFICS.has(foldWord(m.words[0]));
    // "Glenn Beck, the closing speaker, …" is a name at a sentence's start; "Meanwhile Congress, which …" is not.
    const appositiveName = m.appositive === true && m.words.length >= 2 && !isOpener(foldWord(m.words[0]));
    const known = confirmed.has(key) || confirmed.has(lastWord) || fullBySurname.has(key) || appositiveName;
    if (m.initial && !known && !titled && !isAcronym(m.words[0])) continue;
    if (!key.includes(' ') && fullBySurname.has(key)) key = fullBySurname.get(key)!;
    const surface = m.words
      .filter((w, i) => !(i === 0 && m.words.length > 1 && HONORIFICS.has(foldWord(w))))
      .join(' ')
      .replace(/['’]s$/, '')
      // A sentence's full stop, not an abbreviation's ("Boehner." but "U.S.").
      .replace(/(?<![.\s]\p{L})\.$/u, '');
    const s = stats.get(key) ?? { surfaces: new Map(), words: m.words, prev: m.prev, count: 0, lead: false };
    s.surfaces.set(surface, (s.surfaces.get(surface) ?? 0) + 1);
    const shouted = (ws: string[]) => ws.every((w) => /^\p{Lu}{2,}$/u.test(w) && !isAcronym(w));
    if (shouted(s.words) || (!shouted(m.words) && (m.words.length > s.words.length || PERSON_TITLES.has(foldWord(m.words[0]))))) {
      s.words = m.words;
      s.prev = m.prev;
    }
    s.count++;
    s.lead ||= m.lead;
    stats.set(key, s);
  }

  const titleKeys = titleMatches(title, stats.keys());
  const surnames = new Set(fullBySurname.keys());
  const out = new Map<string, Entity>();
  for (const [key, s] of stats) {
    // Most frequent surface form, but never a shouted dateline when the text also spells it normally.
    const shoutedForm = (x: string) => x.length > 6 && x === x.toUpperCase() && x !== x.toLowerCase();
    const display = [...s.surfaces.entries()].sort(
      (a, b) => Number(shoutedForm(a[0])) - Number(shoutedForm(b[0])) || b[1] - a[1] || b[0].length - a[0].length,
    )[0][0];
    const inTitle = titleKeys.has(key);
    out.set(key, {
      key,
      display,
      kind: kindOf(s.words, s.prev, surnames),
      count: s.count,
      inTitle,
      inLead: s.lead,
      salience: 3 * Number(inTitle) + Number(s.lead) + s.count,
    });
  }
  return out;
}

/** Which known entity keys (or a person's surname) occur in the title's folded words. */
export function titleMatches(title: string, keys: Iterable<string>): Set<string> {
  const words = rawWords(title).map(foldWord);
  const text = ` ${words.join(' ')} `;
  const hits = new Set<string>();
  for (const key of keys) {
    const parts = key.split(' ');
    const surname = parts.length >= 2 ? parts[parts.length - 1] : null;
    if (text.includes(` ${key} `) || (surname && surname.length > 2 && text.includes(` ${surname} `))) hits.add(key);
    else if (key === 'us' && /\b(?:us|usa|america)\b/.test(text)) hits.add(key);
  }
  return hits;
}

/** Entities ranked by salience, ties broken person > org > place > other, then alphabetically. */
export function rankEntities(entities: Map<string, Entity>): Entity[] {
  const order: Record<EntityKind, number> = { person: 0, org: 1, place: 2, other: 3 };
  return [...entities.values()].sort(
    (a, b) => b.salience - a.salience || order[a.kind] - order[b.kind] || a.key.localeCompare(b.key),
  );
}
