// A small tokenizer of our own, so the matcher does not wait on src/text. Matching only needs bags of
// comparable word keys, not offsets, so this is deliberately simpler than the diff tokenizer.

/** English function words plus newsroom filler ("said", "told") that every story shares. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are aren\'t as at be because been before being below ' +
    'between both but by can cannot could couldn\'t did didn\'t do does doesn\'t doing don\'t down during each few for ' +
    'from further had hadn\'t has hasn\'t have haven\'t having he her here hers herself him himself his how i if in ' +
    'into is isn\'t it its itself just let me more most mustn\'t my myself no nor not now of off on once only or other ' +
    'ought our ours ourselves out over own same she should shouldn\'t so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up upon very was wasn\'t we were weren\'t ' +
    'what when where which while who whom why will with won\'t would wouldn\'t you your yours yourself yourselves ' +
    'said says say saying told tell according also still many much may might must shall one two three new year years ' +
    'last first since including among another however even well back like get got make made us via mr mrs ms dr ' +
    'yet per around already though although whether every within without across along'
  ).split(' '),
);

export const WEEKDAYS_AND_MONTHS: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow'
  ).split(' '),
);

/** Letters (any script), digits, inner apostrophes, dots (U.S.), hyphens and ampersands (AT&T). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}&]|['’.-](?=[\p{L}\p{N}]))*\.?/gu;

/** The same pattern for matchAll, where callers need offsets. */
export const WORD_WITH_INDEX = new RegExp(WORD.source, 'gu');

export function rawWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lowercase, strip diacritics, unify apostrophes, drop dots and a possessive 's. */
export function foldWord(word: string): string {
  let w = word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/’/g, "'");
  w = w.replace(/'s$/, '').replace(/s'$/, 's');
  return w.replace(/\./g, '');
}

/**
 * A crude stem: enough to let "charges"/"charged"/"charge" meet without a stemming library.
 * Only strips suffixes from words of 5+ letters so short words and names stay distinct.
 */
export function stem(word: string): string {
  if (word.length < 5 || /\d/.test(word)) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** Content terms of a text: folded, stemmed, without stopwords, one-letter tokens or bare punctuation. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const raw of rawWords(text)) {
    const w = foldWord(raw);
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
