// The article as Parallax reads it: Readability on a copy of the page, then our cleaning and metadata.
// Imports only Readability and the pure boilerplate rules, to keep the content-script bundle small.

import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../../src/article';
import { cleanContent, collapseWhitespace, countWords, type Removed } from './clean';
import { readMetadata } from './metadata';
import { restrictedReason } from './restricted';

export interface ExtractedArticle extends Article {
  byline: string | null;
  lang: string | null;
  wordCount: number;
  excerpt: string;
  /** Paragraphs set aside by cleaning, with why (caption, credit, related, newsletter, dateline…). */
  removed: Removed[];
}

export type ExtractResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; code: 'not-an-article' | 'restricted-page'; message: string };

// Fewer words than this after cleaning is a teaser, a paywall stub or a gallery, not a story to compare.
const MIN_WORDS = 40;
// isProbablyReaderable only counts <p>/<pre> runs of 140+ characters, so it turns away real articles
// written in <div>s and <br>s, or just short (8 of the 181 benchmark pages). Those get a second chance
// with Readability, but must then show prose: enough words in paragraphs that are sentences (long enough,
// ending like one), which the headline-and-link lists of section fronts and indexes do not have.
const PROSE_PARAGRAPH_WORDS = 12;
const PROSE_WORDS = 60;
const SENTENCE_END = /[.!?…"”’»)\]。！？」』]$/;
const EXCERPT_MAX = 300;
// Readability gives up on pathological pages (hundreds of thousands of nodes) rather than hang the tab.
const MAX_ELEMENTS = 100_000;
// Readability's cost grows with nesting depth as well as size: a 1 MB page of nested divs took 8 s and a
// 4.9 MB one 73 s, under the element cap. Real pages stay far shallower (at most 50 levels over the 181
// benchmark pages and Readability's 130 test pages), so anything past this is refused up front.
const MAX_DEPTH = 200;
// Fetched HTML is refused before parsing past this many tags: the browser's parser alone spends seconds on
// a few MB of nested markup. The largest real pages we have seen open about 10,000 tags.
const MAX_TAGS = 60_000;

/** Counts `<` followed by a letter, stopping past `limit`: a parse-free look at how much markup a string holds. */
export function tagCountExceeds(html: string, limit: number): boolean {
  let count = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a && ++count > limit) return true;
  }
  return false;
}

/** Deepest element nesting, stopping as soon as `limit` is passed (an O(n) walk, no recursion). */
export function nestingExceeds(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}

const NOT_AN_ARTICLE = 'This page does not look like a news article.';

function notAnArticle(message = NOT_AN_ARTICLE): ExtractResult {
  return { ok: false, code: 'not-an-article', message };
}

function tidyByline(byline: string | null | undefined): string | null {
  const b = collapseWhitespace(byline ?? '').replace(/^by\s+/i, '');
  return b || null;
}

function pageTitle(doc: Document): string {
  return collapseWhitespace(doc.querySelector('title')?.textContent ?? '');
}

// Readability 0.6.0 splits "Site — Headline" only on ASCII separators; newer releases also split on
// en and em dashes. Take the side that is the page's own <h1>, and nothing else, so a headline that
// merely contains a dash is never cut.
function tidyTitle(title: string, headings: string[]): string {
  if (!/ [\u2013\u2014] /.test(title)) return title;
  const side = title.split(/ [\u2013\u2014] /).find((part) => headings.includes(part));
  return side ?? title;
}

function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * `source` is read for metadata first, `work` is handed to Readability, which mutates it; they are the
 * same document only when the caller owns it (a freshly parsed HTML string).
 */
function extractFrom(source: Document, work: Document, url: string, localFile = false): ExtractResult {
  const restricted = localFile && /^file:/i.test(url) ? null : restrictedReason(url, source.contentType);
  if (restricted) return { ok: false, code: 'restricted-page', message: restricted };
  if (!source.documentElement || !source.body) return notAnArticle();
  if (nestingExceeds(source.documentElement, MAX_DEPTH)) return notAnArticle('This page is nested too deeply to be read as an article.');
  const readerable = isProbablyReaderable(source);

  // Everything read from `source` is read before Readability runs, since `work` may be the same document.
  const meta = readMetadata(source, url);
  const fallbackTitle = pageTitle(source);
  const headings = Array.from(source.querySelectorAll('h1')).map((h) => collapseWhitespace(h.textContent ?? ''));

  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(work, { serializer: (el) => el, keepClasses: true, maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    return notAnArticle('This page is too large or too unusual to read as an article.');
  }
  if (!parsed || !parsed.content) return notAnArticle();

  const title = tidyTitle(collapseWhitespace(parsed.title ?? '') || fallbackTitle, headings);
  const byline = tidyByline(parsed.byline);
  const { paragraphs, removed } = cleanContent(parsed.content as Element, { title, byline, pageUrl: url });
  const wordCount = paragraphs.reduce((n, p) => n + countWords(p), 0);
  if (wordCount < MIN_WORDS) return notAnArticle();
  if (!readerable && proseWords(paragraphs) < PROSE_WORDS) return notAnArticle();

  const excerpt = truncate(collapseWhitespace(parsed.excerpt ?? '') || paragraphs[0], EXCERPT_MAX);
  return {
    ok: true,
    article: {
      title,
      outlet: meta.outlet,
      url: meta.canonicalUrl,
      publishedTime: meta.publishedTime ?? normaliseReadabilityTime(parsed.publishedTime),
      lang: meta.lang ?? (collapseWhitespace(parsed.lang ?? '') || null),
      byline,
      paragraphs,
      wordCount,
      excerpt,
      removed,
    },
  };
}

function normaliseReadabilityTime(t: string | null | undefined): string | null {
  if (!t) return null;
  const ms = Date.parse(t);
  return /^\d{4}-\d{2}-\d{2}T.*(?:Z|[+-]\d{2}:?\d{2})$/.test(t) && !Number.isNaN(ms) ? new Date(ms).toISOString() : null;
}

function proseWords(paragraphs: string[]): number {
  let n = 0;
  for (const p of paragraphs) {
    const w = countWords(p);
    if (w >= PROSE_PARAGRAPH_WORDS && SENTENCE_END.test(p)) n += w;
  }
  return n;
}

function documentUrl(doc: Document): string {
  return doc.URL || doc.documentURI || '';
}

/** Works on any Document (browser, jsdom, linkedom): runs Readability on a CLONE (Readability mutates),
 * never returns HTML, only plain text. `url` overrides document.URL (fetched HTML, CLI files). */
export function extractArticle(doc: Document, url?: string): ExtractResult {
  const pageUrl = url ?? documentUrl(doc);
  const restricted = restrictedReason(pageUrl, doc.contentType);
  if (restricted) return { ok: false, code: 'restricted-page', message: restricted };
  const clone = doc.cloneNode(true) as Document;
  return extractFrom(doc, clone, pageUrl);
}

/** For HTML strings (offscreen document, Firefox background page, CLI): parse with the given DOMParser,
 * insert <base href=url> so relative links resolve, then extractArticle. */
export function extractFromHtml(
  html: string,
  url: string,
  parser: { parseFromString(s: string, t: 'text/html'): Document },
  // The command line reads saved pages from disk: a file: address is what they have. The browser never
  // sets this, so local and browser pages stay refused there.
  options: { localFile?: boolean } = {},
): ExtractResult {
  const localFile = options.localFile === true && /^file:/i.test(url);
  const restricted = localFile ? null : restrictedReason(url, null);
  if (restricted) return { ok: false, code: 'restricted-page', message: restricted };
  if (typeof html !== 'string' || html.trim() === '') return notAnArticle('The page was empty.');
  if (tagCountExceeds(html, MAX_TAGS)) return notAnArticle('This page is too large or too unusual to read as an article.');
  const doc = parser.parseFromString(html, 'text/html');
  if (!doc.documentElement) return notAnArticle();
  if (doc.head && !doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head.insertBefore(base, doc.head.firstChild);
  }
  // The parsed document is ours alone, so Readability may consume it after metadata is read: no clone.
  return extractFrom(doc, doc, url, localFile);
}
