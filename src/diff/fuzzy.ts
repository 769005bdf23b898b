import { isKnownPlace } from '../data/lexicon';

/** Levenshtein distance with an early exit once every cell of a row exceeds `max` (names are short). */
export function levenshtein(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Consonant skeleton of a romanised name (wording-differences.md §3 D): al-/el- dropped, -yy/-iy/-ii/-y
 * endings unified, kh→h, dh→d, q→k, g→k, w→v, z→s, non-initial vowels dropped, doubled letters collapsed.
 */
export function skeleton(name: string): string {
  let s = name.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^a-z]/g, '');
  s = s.replace(/^(al|el)(?=[a-z]{3})/, '');
  s = s.replace(/(yy|iy|ii|yi|y|i)$/, 'y');
  s = s.replace(/kh/g, 'h').replace(/dh/g, 'd').replace(/q/g, 'k').replace(/g/g, 'k').replace(/w/g, 'v').replace(/z/g, 's');
  s = s[0] + s.slice(1).replace(/[aeiouy]/g, '');
  return s.replace(/(.)\1+/g, '$1');
}

const VOWELS = /[aeiouy]/;

/**
 * Fuzzy transliteration check for two names inside an aligned replace hunk. Refuses the collisions the
 * design note measured: known places (Niger/Nigeria, Iran/Iraq, Hamas/Homs), gendered family names
 * (Zelenska/Zelensky), a different first letter (Zelensky/Selensky) and one-vowel swaps (Biden/Baden).
 */
export function isFuzzyTransliteration(a: string, b: string): boolean {
  if (!/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b) || a.length <= 3 || b.length <= 3) return false;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb || la[0] !== lb[0]) return false;
  if (isKnownPlace(la) || isKnownPlace(lb)) return false;
  if (/a$/.test(la) !== /a$/.test(lb)) return false;
  const d = levenshtein(la, lb, 3);
  if (d > 3) return false;
  if (d === 1 && la.length === lb.length) {
    for (let i = 0; i < la.length; i++) if (la[i] !== lb[i] && VOWELS.test(la[i]) && VOWELS.test(lb[i])) return false;
  }
  return skeleton(la) === skeleton(lb);
}
