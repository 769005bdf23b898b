import { ATTRIBUTION_VERBS, HONORIFICS, SENTENCE_OPENERS, STOPWORDS, TITLES, countryOfDemonym } from '../data/lexicon';

/** A quotation inside one text: `start`/`end` bound the quoted words (inside the marks). */
export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
  /** Surname (or single name) of the speaker as written, a pronoun as itself, null when none was found. */
  speaker: string | null;
  /** False for the news convention of a paragraph that opens a quote and continues it in the next. */
  closed: boolean;
}

// Every character the scan in findQuotes reacts to: the openers of closerOf, ‘, and every closer.
const QUOTE_MARKS = /["\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019]/g;

/** Opening mark → its closing mark, by character code: “ ”, « », „ “, the straight " for itself; else 0. */
function closerOf(c: number): number {
  if (c === 0x22) return 0x22;
  if (c < 0xab) return 0;
  return c === 0x201c ? 0x201d : c === 0xab ? 0xbb : c === 0x201e ? 0x201c : 0;
}
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const NAME = String.raw`\p{Lu}[\p{L}'\u2019.-]*(?:\s+(?:\p{Lu}[\p{L}'\u2019.-]*|al|de|von|van|bin))*`;

let afterRe: RegExp | undefined;
let beforeRe: RegExp | undefined;
// Built on first use from the lexicon's attribution verbs, longest first so "says" never stops at "say".
function patterns(): { after: RegExp; before: RegExp } {
  if (afterRe === undefined || beforeRe === undefined) {
    const v = [...ATTRIBUTION_VERBS].sort((x, y) => y.length - x.length).join('|');
    afterRe = new RegExp(String.raw`^[\s,.!?;:\u2014\u2013-]*(?:(${NAME}|he|she|they|we|I)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?(?:${v})\b|(?:${v})\s+(${NAME}|he|she))`, 'u');
    beforeRe = new RegExp(String.raw`(${NAME}|\b[Hh]e|\b[Ss]he|\b[Tt]hey)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|has\s+|had\s+|earlier\s+)?(?:${v})\b`, 'gu');
  }
  return { after: afterRe, before: beforeRe };
}

/** The speaker's name as cited: the last word of a name, without honorific, title or 's; a pronoun as itself. */
function surname(name: string): string | null {
  const words = name.split(/\s+/).map((w) => w.replace(/['\u2019]s$/, '').replace(/[.,]$/, ''));
  const kept = words.filter((w) => {
    const lower = w.toLowerCase();
    return !HONORIFICS.has(lower) && !TITLES.has(lower) && !STOPWORDS.has(lower) && !SENTENCE_OPENERS.has(lower) && countryOfDemonym(lower) === undefined;
  });
  if (kept.length === 0) return PRONOUNS.has(name.toLowerCase()) ? name.toLowerCase() : null;
  const last = kept[kept.length - 1];
  return /^\p{Lu}/u.test(last) ? last : null;
}

/** Just after the last ". " (or "! ", "? ") before `at`, else 0. */
function sentenceStart(text: string, at: number): number {
  let start = at;
  while (start > 0) {
    const c = start >= 2 ? text.charCodeAt(start - 2) : 0;
    if ((c === 46 || c === 33 || c === 63) && /\s/.test(text[start - 1])) break;
    start--;
  }
  return start;
}

function speakerFor(text: string, open: number, close: number): string | null {
  const { after, before } = patterns();
  const a = after.exec(text.slice(close + 1, Math.min(text.length, close + 160)));
  if (a) return surname(a[1] ?? a[2]);
  const prefix = text.slice(sentenceStart(text, open), open);
  let found: string | null = null;
  before.lastIndex = 0;
  for (let m = before.exec(prefix); m !== null; m = before.exec(prefix)) found = surname(m[1]) ?? found;
  if (found) return found;
  // No attribution verb: the sentence's subject ("In a video speech, Ukraine's President X called on …").
  const lead = /^(?:[^,\u201c"]{0,40},\s*)?(\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*)/u.exec(prefix);
  return lead ? surname(lead[1]) : null;
}

/**
 * Quotations in `text` (typically one paragraph) with their speakers: curly and straight double quotes,
 * guillemets, and ‘single’ quotes outside double ones (an apostrophe inside a word never opens or closes
 * one). A quote left open runs to the end of the text. Pronoun speakers come back as the pronoun; the
 * caller resolves them against earlier paragraphs. Linear in the text (the speaker search is bounded).
 */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: Array<{ open: number; close: number }> = [];
  let open = -1;
  let closer = 0;
  // Only quote marks change the state below: a native scan for them spares a visit to every character.
  QUOTE_MARKS.lastIndex = 0;
  for (let m = QUOTE_MARKS.exec(text); m !== null; m = QUOTE_MARKS.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (open < 0) {
      const close = closerOf(c);
      if (close !== 0) {
        open = i;
        closer = close;
      } else if (c === 0x2018 && (i === 0 || !/\p{L}/u.test(text[i - 1]))) {
        open = i;
        closer = 0x2019;
      }
    } else if (c === closer || (closer === 0x201d && c === 0x22)) {
      if (closer === 0x2019 && i + 1 < text.length && /\p{L}/u.test(text[i + 1])) continue;
      spans.push({ open, close: i });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ open, close: text.length });
  const out: QuoteSpan[] = [];
  for (const { open: o, close } of spans) {
    let start = o + 1;
    let end = close;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) continue;
    out.push({ start, end, text: text.slice(start, end), speaker: speakerFor(text, o, close), closed: close < text.length });
  }
  return out;
}
