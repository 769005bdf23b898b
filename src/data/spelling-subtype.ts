/** Display subtypes of a US/GB spelling pair (wording-differences §3 C). */
export type SpellingSubtype = 'ize-ise' | 'or-our' | 'er-re' | 'ense-ence' | 'l-ll' | 'og-ogue' | 'ae-oe' | 'irregular';

/**
 * Derives the subtype from the letters that differ once the common prefix and suffix are cut, so
 * inflections (defenses/defences, centers/centres, traveling/travelling) classify like their stems.
 */
export function spellingSubtype(us: string, gb: string): SpellingSubtype {
  let start = 0;
  while (start < us.length && start < gb.length && us[start] === gb[start]) start++;
  let endUs = us.length;
  let endGb = gb.length;
  while (endUs > start && endGb > start && us[endUs - 1] === gb[endGb - 1]) {
    endUs--;
    endGb--;
  }
  const u = us.slice(start, endUs);
  const g = gb.slice(start, endGb);
  const before = us.slice(0, start);
  if (u === 'z' && g === 's') return 'ize-ise';
  const after = us.slice(endUs);
  // mold/mould also inserts a u after an o: only -or/-our when the r follows.
  if (u === '' && g === 'u' && before.endsWith('o') && after.startsWith('r')) return 'or-our';
  if (u === 'er' && g === 're') return 'er-re';
  if (u === 's' && g === 'c' && before.endsWith('en')) return 'ense-ence';
  if ((u === '' && g === 'l') || (u === 'l' && g === '')) return before.endsWith('l') ? 'l-ll' : 'irregular';
  if (u === '' && g === 'ue' && before.endsWith('g')) return 'og-ogue';
  if (/[ao]e/.test(gb) && !/[ao]e/.test(us)) {
    // manoeuvre/maneuver also differs in -re/-er: accept the digraph when the rest is explained too.
    const plain = gb.replace(/([ao])e/, 'e');
    if (plain === us || spellingSubtype(us, plain) !== 'irregular') return 'ae-oe';
  }
  return 'irregular';
}
