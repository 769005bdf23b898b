import {
  ATTRIBUTION_VERBS,
  HEDGES,
  HONORIFICS,
  MODALS,
  NEGATIONS,
  SENTENCE_OPENERS,
  STOPWORDS,
  TITLES,
  DIALECT_MAX_WORDS,
  countryOfDemonym,
  dialectPair,
  dialectRule,
  spellingCanon,
} from '../data/lexicon';
import type { PlacedToken } from '../text/article-text';
import { isContentToken } from '../text/content-keys';
import type { Verdict } from './cosmetic';
import { isFuzzyTransliteration } from './fuzzy';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them', 'his', 'their', 'its']);
/**
 * Reporting verbs that carry no stance: "spoke" → "said", "told" → "said" is a paraphrase. The others in
 * the lexicon's list (claimed, admitted, insisted, warned, conceded …) judge what was said, so swapping
 * them in or out changes the report (wording-differences.md §3 J).
 */
const NEUTRAL_ATTRIBUTION = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'spoke', 'speaks', 'speak', 'speaking', 'added', 'adds',
  'stated', 'states', 'noted', 'notes', 'explained', 'explains', 'remarked', 'commented', 'replied', 'replies',
  'responded', 'responds', 'answered', 'wrote', 'writes', 'posted', 'tweeted', 'called', 'calls', 'announced', 'announces',
]);
/** Verbs that ask someone to act: "called on leaders to ensure" reports the same demand as "leaders must ensure". */
const DIRECTIVES = new Set(['urged', 'urges', 'urge', 'called', 'calls', 'asked', 'asks', 'demanded', 'demands', 'appealed', 'appeals', 'pressed', 'implored']);
/** Nouns that stand for a person already named ("the French leader", "the minister", "the official"). */
const ROLE_NOUNS = new Set(['leader', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'politician', 'president', 'minister', 'chancellor', 'premier', 'head', 'chief', 'diplomat', 'envoy', 'ambassador', 'mayor', 'governor', 'senator', 'lawmaker', 'king', 'queen', 'pope', 'host', 'government', 'administration', 'kremlin', 'white']);

/** The one question asked of a key set (a Set serves; so does one built on first use). */
export interface KeyLookup {
  has(key: string): boolean;
}

/** The same for a set of tokens. */
export interface TokenLookup {
  has(token: PlacedToken): boolean;
}

export interface HunkView {
  a: PlacedToken[];
  b: PlacedToken[];
  /** Tokens right after the hunk (equal on both sides), if any. */
  nextA?: PlacedToken;
  nextB?: PlacedToken;
  prevA?: PlacedToken;
  prevB?: PlacedToken;
  /** All keys of each side of the group, to tell a changed name from a moved one. */
  groupKeysA: KeyLookup;
  groupKeysB: KeyLookup;
  /**
   * Every key of each whole article. A name one outlet leaves out of a sentence but tells elsewhere is
   * context, not a missing fact; without these sets every dropped name counts as substantive.
   */
  articleKeysA?: KeyLookup;
  articleKeysB?: KeyLookup;
  /** False for non-English text: the US/UK and -ize/-ise rules would invent variants there. */
  english?: boolean;
  sentenceStarts: TokenLookup;
  /** Every token of the group on each side (a directive verb may sit outside the hunk). */
  groupTokensA?: readonly PlacedToken[];
  groupTokensB?: readonly PlacedToken[];
}

/** A rule's verdict plus how far to widen the reported text (honorifics and possessives show their noun). */
export interface HunkVerdict extends Verdict {
  widenBefore?: boolean;
  widenAfter?: boolean;
  /** See Difference.rule and Difference.salience. */
  rule?: string;
  salience?: 'low';
}

const isPunct = (t: PlacedToken): boolean => t.type === 'punct';
const words = (ts: PlacedToken[]): PlacedToken[] => ts.filter((t) => !isPunct(t));
const bare = (key: string): string => key.replace(/\.$/, '');

function punctuationDetail(ts: PlacedToken[]): string {
  const marks = ts.map((t) => t.text).join('');
  if (/-/.test(marks)) return 'hyphenation';
  if (/[\u2014\u2013]/.test(marks)) return 'dash';
  if (/["'\u201c\u201d\u2018\u2019]/.test(marks)) return 'quote-marks';
  if (/,/.test(marks)) return 'comma';
  return 'punctuation';
}

function capitalisedName(t: PlacedToken | undefined): boolean {
  return t !== undefined && t.type === 'word' && /^\p{Lu}/u.test(t.text);
}

/** Why a token differs in substance, if it does: numbers, negation, modality, attribution, names. */
function substance(t: PlacedToken, otherGroupKeys: KeyLookup, starts: TokenLookup): string | undefined {
  if (t.type === 'number' || t.type === 'compound') return 'number';
  if (t.type !== 'word') return undefined;
  const k = t.key;
  // Number words carry digit keys ("three" → 3, "third" → 3); "one" is as often a pronoun as a count.
  if (/^\d/.test(k) && t.key !== '1') return 'number';
  if (NEGATIONS.has(k) || k.endsWith("n't")) return 'negation';
  if (MODALS.has(k) || HEDGES.has(k)) return 'modality';
  if (ATTRIBUTION_VERBS.has(k)) return NEUTRAL_ATTRIBUTION.has(k) ? undefined : 'attribution';
  const initial = starts.has(t) && (SENTENCE_OPENERS.has(k) || STOPWORDS.has(k));
  if (/^\p{Lu}/u.test(t.text) && !initial && !STOPWORDS.has(k) && !otherGroupKeys.has(k)) return 'entity';
  return undefined;
}

/**
 * The ordered rules for a replace, insert or delete hunk (wording-differences.md §3): punctuation,
 * hyphenation and compounding, honorific, possessive, fuzzy transliteration, the -ize/-ise fallback, then
 * the meaningful kinds (substantive before wording). Quotes are decided by the caller, which sees spans.
 */
export function classifyHunk(h: HunkView): HunkVerdict {
  const wa = words(h.a);
  const wb = words(h.b);
  if (wa.length === 0 && wb.length === 0) return { kind: 'punctuation', confidence: 0.9, detail: punctuationDetail([...h.a, ...h.b]) };

  const joinedA = wa.length + wb.length > 2 ? joinedKeys(wa) : '';
  const joinedB = wa.length + wb.length > 2 ? joinedKeys(wb) : '';
  if (wa.length + wb.length > 2 && joinedA.length > 0 && (joinedA === joinedB || (h.english !== false && spellingCanon(joinedA) === spellingCanon(joinedB)))) {
    const hyphen = h.a.some(isHyphen) || h.b.some(isHyphen);
    return hyphen ? { kind: 'punctuation', confidence: 0.85, detail: 'hyphenation' } : { kind: 'spelling', confidence: 0.8, detail: 'compound' };
  }

  // Honorific added or dropped before a name both sides share: "Macron" / "Mr Macron".
  const one = wa.length === 0 ? wb : wb.length === 0 ? wa : undefined;
  const onePunctFree = (wa.length === 0 ? h.b : h.a).length === (one?.length ?? -1);
  if (one && onePunctFree && one.length === 1) {
    const t = one[0];
    const next = wa.length === 0 ? h.nextB : h.nextA;
    if (t.type === 'word' && HONORIFICS.has(bare(t.key)) && capitalisedName(next)) {
      return { kind: 'honorific', confidence: 0.95, detail: wa.length === 0 ? 'added' : 'dropped', widenAfter: true };
    }
    if (t.type === 'clitic') return { kind: 'possessive', confidence: 0.9, detail: 'apostrophe-s', widenBefore: true, widenAfter: true };
  }

  if (wa.length === 1 && wb.length === 1 && h.a.length === 1 && h.b.length === 1) {
    const x = wa[0];
    const y = wb[0];
    const xs = bare(x.key);
    const ys = bare(y.key);
    const nextName = capitalisedName(h.nextA) && capitalisedName(h.nextB);
    if (nextName && ((TITLES.has(xs) && HONORIFICS.has(ys)) || (HONORIFICS.has(xs) && TITLES.has(ys)))) {
      return { kind: 'honorific', confidence: 0.6, detail: 'title-swap', widenAfter: true };
    }
    if (nextName && (HONORIFICS.has(xs) || HONORIFICS.has(ys)) && capitalisedName(x) && capitalisedName(y)) {
      return { kind: 'honorific', confidence: 0.7, detail: 'first-name', widenAfter: true };
    }
    if (isFuzzyTransliteration(x.text, y.text)) return { kind: 'transliteration', confidence: 0.6, detail: 'fuzzy' };
    if (h.english !== false && x.type === 'word' && y.type === 'word' && xs !== ys && ize(xs) === ize(ys)) return { kind: 'spelling', confidence: 0.6, detail: 'ize-ise' };
  }

  // Demonym and possessive: "Ukrainian President" / "Ukraine's President".
  if (wa.length + wb.length === 3) {
    const [single, pair] = wa.length === 1 ? [wa[0], wb] : [wb[0], wa];
    if (pair.length === 2 && pair[1].type === 'clitic' && countryOfDemonym(single.key) === pair[0].key) {
      return { kind: 'possessive', confidence: 0.8, detail: 'demonym' };
    }
  }

  // "President of Ukraine" / "Ukraine's President" / "Ukrainian President".
  if (isPossessiveRewrite(wa, wb) || isPossessiveRewrite(wb, wa)) return { kind: 'possessive', confidence: 0.8, detail: 'of-possessive' };

  // After every house-style rule, so no cosmetic verdict changes; before the substance tests, which would
  // call "can" / "tin" modality and a capitalised "Lorries" at a sentence start a name.
  const dialect = dialectVerdict(h, wa, wb);
  if (dialect) return dialect;

  // Pronoun for name (coreference), before the entity rule would call it a changed fact.
  if ((allPronouns(wa) && allNames(wb)) || (allPronouns(wb) && allNames(wa))) return { kind: 'wording', confidence: 0.6, detail: 'reference' };

  const keysA = keySet(wa);
  const keysB = keySet(wb);
  const changedA = wa.filter((t) => !keysB.has(t.key));
  const changedB = wb.filter((t) => !keysA.has(t.key));
  const reasonsA = new Map<PlacedToken, string>();
  const reasonsB = new Map<PlacedToken, string>();
  for (const t of changedA) { const r = substance(t, h.groupKeysB, h.sentenceStarts); if (r) reasonsA.set(t, r); }
  for (const t of changedB) { const r = substance(t, h.groupKeysA, h.sentenceStarts); if (r) reasonsB.set(t, r); }
  const entitiesA = entitiesOf(reasonsA);
  const entitiesB = entitiesOf(reasonsB);
  const reference = describes(entitiesA, changedB, entitiesB) || describes(entitiesB, changedA, entitiesA);
  const contextOnly = toldElsewhere(entitiesA, h.articleKeysB, entitiesB) || toldElsewhere(entitiesB, h.articleKeysA, entitiesA);
  const reasons = new Set<string>();
  // A's reasons, then B's (the order the first finding's detail depends on).
  for (const [reasonsOf, otherGroup] of [[reasonsA, h.groupTokensB], [reasonsB, h.groupTokensA]] as const) {
    for (const [t, r] of reasonsOf) {
      if (r === 'entity' && (reference || contextOnly)) continue;
      if (r === 'modality' && (t.key === 'must' || t.key === 'should') && directive(otherGroup ?? [])) continue;
      reasons.add(r);
    }
  }
  const contentA = countContent(wa);
  const contentB = countContent(wb);
  if (reference && reasons.size === 0) return { kind: 'wording', confidence: 0.6, detail: 'reference' };
  for (const r of ['number', 'negation', 'modality', 'attribution', 'entity']) {
    if (!reasons.has(r)) continue;
    // A clause only one side has is an extra fact, whatever made it substantive.
    const detail = wa.length === 0 && contentB >= 3 ? 'extra-fact' : wb.length === 0 && contentA >= 3 ? 'omitted-fact' : r;
    return { kind: 'substantive', confidence: r === 'entity' ? 0.6 : 0.75, detail };
  }
  const detail = wa.length === 0 ? (contentB >= 3 ? 'addition' : 'insertion') : wb.length === 0 ? (contentA >= 3 ? 'omission' : 'deletion') : 'paraphrase';
  return { kind: 'wording', confidence: 0.6, detail };
}

const isHyphen = (t: PlacedToken): boolean => t.text === '-';
const INDEFINITE = new Set(['a', 'an']);

/**
 * A substitution whose sides are a US/UK vocabulary pair ("lorry" / "truck", "an apartment" / "a flat"):
 * still wording, since the words can name different things ("pants"), but named and ranked below other
 * wording. Only hyphens may sit between the words ("gear-lever"): any other mark is a change of its own.
 */
function dialectVerdict(h: HunkView, wa: PlacedToken[], wb: PlacedToken[]): HunkVerdict | undefined {
  if (h.english === false || wa.length === 0 || wb.length === 0 || wa.length > DIALECT_MAX_WORDS + 1 || wb.length > DIALECT_MAX_WORDS + 1) return undefined;
  if (h.a.length !== wa.length && !h.a.every((t) => !isPunct(t) || isHyphen(t))) return undefined;
  if (h.b.length !== wb.length && !h.b.every((t) => !isPunct(t) || isHyphen(t))) return undefined;
  let ka = wa.map((t) => t.key);
  let kb = wb.map((t) => t.key);
  // "an apartment" / "a flat": the article follows the noun's first sound, so it changes with it.
  if (INDEFINITE.has(ka[0]) && INDEFINITE.has(kb[0])) {
    ka = ka.slice(1);
    kb = kb.slice(1);
  }
  const found = dialectPair(ka, kb);
  if (!found) return undefined;
  return { kind: 'wording', confidence: 0.6, detail: 'dialect-vocabulary', rule: dialectRule(found.pair), salience: 'low' };
}

const ize = (s: string): string => s.replace(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1');
const allPronouns = (ts: PlacedToken[]): boolean => ts.length > 0 && ts.every((t) => PRONOUNS.has(t.key));
const allNames = (ts: PlacedToken[]): boolean => ts.length > 0 && ts.every((t) => /^\p{Lu}/u.test(t.text) || HONORIFICS.has(bare(t.key)) || TITLES.has(bare(t.key)));

function joinedKeys(ts: readonly PlacedToken[]): string {
  let out = '';
  for (const t of ts) out += t.key;
  return out;
}

function keySet(ts: readonly PlacedToken[]): Set<string> {
  const out = new Set<string>();
  for (const t of ts) out.add(t.key);
  return out;
}

function countContent(ts: readonly PlacedToken[]): number {
  let n = 0;
  for (const t of ts) if (isContentToken(t)) n++;
  return n;
}

function entitiesOf(reasons: ReadonlyMap<PlacedToken, string>): PlacedToken[] {
  const out: PlacedToken[] = [];
  for (const [t, r] of reasons) if (r === 'entity') out.push(t);
  return out;
}

/**
 * Coreference: names on one side, a pronoun or a role description ("the French leader") on the other,
 * whose capitals are only demonyms and titles. Reference changed, fact unchanged.
 */
function describes(names: PlacedToken[], changed: PlacedToken[], entities: PlacedToken[]): boolean {
  return names.length > 0 &&
    changed.some((t) => PRONOUNS.has(t.key) || ROLE_NOUNS.has(t.key)) &&
    entities.every((t) => countryOfDemonym(t.key) !== undefined || TITLES.has(bare(t.key)) || ROLE_NOUNS.has(t.key));
}

/** A name left out (or added) on one side only, that the other outlet tells elsewhere in the story. */
function toldElsewhere(entities: PlacedToken[], other: KeyLookup | undefined, otherEntities: PlacedToken[]): boolean {
  return other !== undefined && entities.length > 0 && otherEntities.length === 0 && entities.every((t) => other.has(t.key));
}

/** "told leaders they must ensure" / "called on leaders to ensure": the demand survives in the verb. */
function directive(ts: readonly PlacedToken[]): boolean {
  return ts.some((t) => DIRECTIVES.has(t.key));
}

/**
 * `of` is "President of (the) X" and `pos` is "X's President" or "Xian President": the same title and
 * country, possessive instead of prepositional.
 */
export function isPossessiveRewrite(of: readonly PlacedToken[], pos: readonly PlacedToken[]): boolean {
  if (of.length < 3 || of[1].key !== 'of') return false;
  const title = of[0];
  const place = of.slice(of[2].key === 'the' ? 3 : 2);
  if (place.length === 0 || pos.length < 2 || pos[pos.length - 1].key !== title.key) return false;
  const owner = pos.slice(0, -1);
  if (owner.length === 1 && countryOfDemonym(owner[0].key) !== undefined) {
    return place.length === 1 && countryOfDemonym(owner[0].key) === place[0].key;
  }
  if (owner[owner.length - 1]?.type !== 'clitic') return false;
  const named = owner.slice(0, -1);
  return named.length === place.length && named.every((t, i) => t.key === place[i].key);
}

/** True when a quote's changed tokens alter a number or flip a negation. */
export function isNumberOrNegation(t: PlacedToken): boolean {
  return t.type === 'number' || t.type === 'compound' || NEGATIONS.has(t.key) || t.key.endsWith("n't");
}
