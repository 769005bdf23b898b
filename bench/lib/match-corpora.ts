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
    .replace(/ - /g, '-');
}

/**
 * ECB+ topics: `<t>_<n>ecb` documents tell one event, `<t>_<n>ecbplus` another, similar one. Sentence 0 of
 * an ecbplus document is its URL and sentence 1 its headline; a date line follows in most. ECB documents
 * have neither, so they get an empty title, and no document gets a date: the two events of a topic are
 * years apart, and dating only one side would let the time gate do the matcher's job.
 */
export function loadEcbPlus(root: string): Labelled[] {
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
        if (lines.length && DATE_LINE.test(lines[0].replace(/,(?= \d{4})/, ' ,'))) lines.shift();
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
