// Event-level signals beyond the body bag of words. ECB+ taught the matcher that two events of one
// topic (two rehab check-ins, two earthquakes) share most of their vocabulary; what differs is the
// lead (who did what, where, when), the numbers, and the rarer names. These are those cues.

import { foldWord, rawWords, STOPWORDS, stem } from './words';

/** Words of the lead: the 5W of a news story sit in its title and first sentences. */
const LEAD_WORDS = 60;

/** Title plus the first LEAD_WORDS words of the body, as one string. */
export function leadText(title: string, paragraphs: string[]): string {
  const words: string[] = [];
  for (const p of paragraphs) {
    for (const w of rawWords(p)) {
      words.push(w);
      if (words.length >= LEAD_WORDS) break;
    }
    if (words.length >= LEAD_WORDS) break;
  }
  return `${title}\n${words.join(' ')}`;
}

/** Digit groups with their separators: "3,400", "5.9", "17:06". */
const NUMBER = /\d+(?:[.,:]\d+)*/g;

/**
 * Numbers as written facts: counts, ages, times, years. Digits only (a spelt-out "three" is as often
 * filler as fact); thousands commas dropped so "3,400" and "3400" meet; one-digit numbers say little.
 */
export function numbersOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.match(NUMBER) ?? []) {
    const n = m.replace(/,(?=\d{3}\b)/g, '');
    if (n.length > 1) out.add(n);
  }
  return out;
}

/** Adjacent content-word pairs ("betty ford", "magnitude 6"): phrases the event owns. */
export function bigramsOf(text: string): string[] {
  const out: string[] = [];
  let prev: string | null = null;
  for (const raw of rawWords(text)) {
    const w = foldWord(raw);
    if (w.length < 2 || STOPWORDS.has(w)) {
      prev = null;
      continue;
    }
    const s = stem(w);
    if (prev) out.push(`${prev} ${s}`);
    prev = s;
  }
  return out;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (big.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * Whether two leads agree on a number: 1 when both give numbers and share one, 0 when both give numbers and
 * share none ("a 5.6 magnitude quake, five hurt" against "a 5.9 magnitude quake, 10 dead": two quakes), 0.5
 * when either gives none, which says nothing either way. Containment alone read "no numbers" and "other
 * numbers" both as 0, and fit a negative weight; the middle value keeps the signal monotone.
 */
export function numberAgreement(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0.5;
  for (const x of a) if (b.has(x)) return 1;
  return 0;
}
