// Loaders for the story-matching dev corpora in ../shared/corpora (formats: corpora/README.md).
// Everything is read at run time and nothing is written into the repository.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Article } from '../../src/article';

export interface Labelled {
  article: Article;
  /** Story/event id: equal ids tell the same story. */
  story: string;
  /** Group inside which pairs are formed (BASIL year, ECB+ topic). */
  group: string;
}

const OUTLETS: Record<string, { name: string; host: string }> = {
  nyt: { name: 'The New York Times', host: 'www.nytimes.com' },
  fox: { name: 'Fox News', host: 'www.foxnews.com' },
  hpo: { name: 'HuffPost', host: 'www.huffingtonpost.com' },
};

interface BasilFile {
  title: string;
  date: string;
  url: string;
  source: string;
  'triplet-uuid': string;
  'body-paragraphs': string[][];
}

export function loadBasil(root: string): Labelled[] {
  const dir = join(root, 'basil-dev', 'articles');
  const out: Labelled[] = [];
  for (const year of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, year)).sort()) {
      const d = JSON.parse(readFileSync(join(dir, year, file), 'utf8')) as BasilFile;
      const outlet = OUTLETS[d.source] ?? { name: d.source, host: `${d.source}.example` };
      out.push({
        article: {
          title: d.title,
          outlet: outlet.name,
          url: d.url || `https://${outlet.host}/`,
          publishedTime: d.date,
          lang: 'en',
          paragraphs: d['body-paragraphs'].map((p) => p.join(' ')),
        },
        story: d['triplet-uuid'],
        group: year,
      });
    }
  }
  return out;
}

const TOKEN = /<token t_id="\d+" sentence="(\d+)" number="\d+">([^<]*)<\/token>/g;
const DATE_LINE = /^(?:[A-Z][a-z]+ \d{1,2} , \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4})$/;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_WORDS = new RegExp(
  `(?<![A-Za-z])(?:${MONTHS}|mon|tue|wed|thu|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|updated|last|posted|published|article|story|created|on|at|am|pm|gmt|ist|et|akdt|edt|est|th|st|nd|rd|[ap]\\.m)(?![A-Za-z])`,
  'gi',
);
/** "Tuesday, May 24, 2005", "8 / 2 / 13 at 1: 30 PM", "Updated: November 11, 2011 20: 09 IST": a page's date, not its headline. */
export function isDateLine(line: string): boolean {
  return line.replace(DATE_WORDS, '').replace(/[^A-Za-z]/g, '').length === 0;
}
const DATE_EXTRA = /^(?:edited|time|downloaded|ago|years?|days?|pdt|pst|aest|hkt|mdt|cst|cdt|bst|cet|@|\|)$/i;

/**
 * A dateline that opens the first body sentence ("Updated: May 24, 2005, 3: 23 PM ET Maurice Cheeks…",
 * "POSTED: 05 / 02 / 07, 9: 00 PM PDT | A Norwalk…"): leading date words, numbers and punctuation are
 * dropped, but only when a number was among them, so "On Tuesday the…" keeps its words.
 */
export function dropLeadingDate(line: string): string {
  const tokens = line.split(/\s+/);
  let i = 0;
  let digits = false;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    const bare = t.replace(/^[^\w@|]+|[^\w@|]+$/g, '');
    if (/\d/.test(bare) && /^[\d:./-]*(?:[ap]m|st|nd|rd|th)?$/i.test(bare)) digits = true;
    else if (!(bare === '' || isDateLine(bare) || DATE_EXTRA.test(bare) || /^\(\d+ ?\w*\)$/.test(t))) break;
  }
  return digits && i > 0 ? tokens.slice(i).join(' ') : line;
}

/**
 * Where sentence 1 of an ecbplus document is a date rather than a headline, the page's address still
 * carries one: "…/lindsay-lohan-leaves-betty-ford-checks-into-malibu-rehab_article_1" → "lindsay lohan
 * leaves betty ford checks into malibu rehab". The path segment with the most words wins; numeric and
 * id-like pieces are dropped. A real page always has a title, so this stands in for it.
 */
export function slugTitle(url: string): string {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return '';
  }
  let best: string[] = [];
  for (const seg of path.split('/')) {
    const words = seg
      .replace(/\.(?:html?|php|cfm|aspx?|shtml|stm)$/i, '')
      .split(/[-_+\s]+/)
      .filter((w) => /^[A-Za-z][A-Za-z']*$/.test(w) && !/^(?:article|story|news|ar|index)$/i.test(w));
    if (words.length > best.length) best = words;
  }
  return best.length >= 3 ? best.join(' ') : '';
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Undo PTB tokenisation enough for our own tokenizer: "Obama 's" → "Obama's", "`` x ''" → "“x”". */
function detokenise(tokens: string[]): string {
  return tokens
    .join(' ')
    .replace(/`` ?/g, '“')
    .replace(/ ?''/g, '”')
    .replace(/ ([,.;:!?%)])/g, '$1')
    .replace(/\( /g, '(')
    .replace(/ (['’](?:s|re|ve|ll|d|m)\b)/g, '$1')
    .replace(/ n't\b/g, "n't")
    .replace(/ - /g, '-')
    // Numbers and times the tokeniser split at their punctuation: "5. 9-magnitude", "120, 000", "8: 41 p. m.".
    // Within one sentence a dot before a digit is a decimal point; a comma only before a group of three
    // digits after at most three (not "In 2009, 150 people").
    .replace(/(\d)([.:]) (?=\d)/g, '$1$2')
    .replace(/(\d[\d,]*), (?=\d{3}(?!\d))/g, (all, before: string) => (/^\d{1,3}(?:,\d{3})*$/.test(before) ? `${before},` : all))
    .replace(/\b([ap])\. m\./gi, '$1.m.');
}

/**
 * ECB+ topics: `<t>_<n>ecb` documents tell one event, `<t>_<n>ecbplus` another, similar one. Sentence 0 of
 * an ecbplus document is its URL and sentence 1 its headline; a date line follows in most. ECB documents
 * have neither, so they get an empty title, and no document gets a date: the two events of a topic are
 * years apart, and dating only one side would let the time gate do the matcher's job. For the same reason
 * the page dates an ecbplus text carries are dropped: a date standing where the headline should be ("Tuesday,
 * May 24, 2005") gives way to the address's slug, and a dateline opening the body ("Updated: May 24, 2005,
 * 3: 23 PM ET …") is cut, since only ecbplus pages have them and their shared years and days told the two
 * sub-corpora apart by page furniture (`keepDateLines` reads them the old way, for comparison).
 */
export function loadEcbPlus(root: string, options: { keepDateLines?: boolean } = {}): Labelled[] {
  const dir = join(root, 'ecbplus-dev', 'ECB+');
  const out: Labelled[] = [];
  const topics = readdirSync(dir).sort((a, b) => Number(a) - Number(b));
  for (const topic of topics) {
    for (const file of readdirSync(join(dir, topic)).sort()) {
      const xml = gunzipSync(readFileSync(join(dir, topic, file))).toString('utf8');
      const sentences = new Map<number, string[]>();
      for (const m of xml.matchAll(TOKEN)) {
        const s = Number(m[1]);
        if (!sentences.has(s)) sentences.set(s, []);
        sentences.get(s)!.push(unescapeXml(m[2]));
      }
      const lines = [...sentences.keys()].sort((a, b) => a - b).map((k) => detokenise(sentences.get(k)!));
      const plus = file.includes('ecbplus');
      let title = '';
      let url = `https://ecb.example/${file}`;
      if (plus) {
        url = lines.shift()!.replace(/\s+/g, '');
        title = lines.shift() ?? '';
        if (options.keepDateLines) {
          if (lines.length && DATE_LINE.test(lines[0].replace(/,(?= \d{4})/, ' ,'))) lines.shift();
        } else {
          if (isDateLine(title)) title = slugTitle(url);
          if (lines.length && (DATE_LINE.test(lines[0].replace(/,(?= \d{4})/, ' ,')) || isDateLine(lines[0]))) lines.shift();
          if (lines.length) lines[0] = dropLeadingDate(lines[0]);
        }
      }
      out.push({
        article: { title, outlet: `outlet-${file}`, url, publishedTime: null, lang: 'en', paragraphs: lines },
        story: `${topic}-${plus ? 'ecbplus' : 'ecb'}`,
        group: topic,
      });
    }
  }
  return out;
}

interface AllSidesSide {
  newsSource: string;
  newsTitle: string;
  newsLink: string;
  newBody: string[];
}

export function loadAllSides(root: string): Labelled[] {
  const file = join(root, 'allsides-dev', 'roundups-dev.jsonl');
  const out: Labelled[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: number; date: string; news: Record<string, AllSidesSide | null> };
    for (const side of Object.values(r.news ?? {})) {
      if (!side?.newBody?.length) continue;
      out.push({
        article: {
          title: side.newsTitle,
          outlet: side.newsSource,
          url: side.newsLink,
          publishedTime: r.date,
          lang: 'en',
          paragraphs: side.newBody,
        },
        story: String(r.id),
        group: r.date.slice(0, 7),
      });
    }
  }
  return out;
}

export interface Headline {
  id: string;
  title: string;
  url: string;
  publisher: string;
  story: string;
  timestamp: number;
}

/** RFC 4180-ish CSV: quoted fields with doubled quotes; no newlines inside fields in this file. */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let j = i + 1;
      let s = '';
      while (j < line.length) {
        if (line[j] === '"' && line[j + 1] === '"') {
          s += '"';
          j += 2;
        } else if (line[j] === '"') break;
        else s += line[j++];
      }
      out.push(s);
      i = j + 2;
    } else {
      const j = line.indexOf(',', i);
      const end = j === -1 ? line.length : j;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

export function loadUci(root: string): Headline[] {
  const file = join(root, 'uci-news-aggregator-head', 'uci-news-aggregator.first6366rows.csv');
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).slice(1);
  const out: Headline[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const f = csvFields(line);
    if (f.length < 8) continue;
    out.push({ id: f[0], title: f[1], url: f[2], publisher: f[3], story: f[5], timestamp: Number(f[7]) });
  }
  return out;
}

export function corporaRoot(): string | null {
  const candidates = [join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora'), '/work/shared/corpora'];
  return candidates.find((c) => existsSync(c)) ?? null;
}
