// Page metadata the article text does not carry: who published it, where it lives, when and in what
// language. Read from the original document (never mutated), with the fallbacks in the order news sites
// are most often right: Open Graph and JSON-LD before guesses from the markup.

export interface PageMetadata {
  outlet: string;
  canonicalUrl: string;
  publishedTime: string | null;
  lang: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** content of the first <meta> whose property, name or itemprop is one of `keys` (case-insensitive). */
export function metaContent(doc: Document, keys: string[]): string | null {
  const wanted = keys.map((k) => k.toLowerCase());
  const metas = Array.from(doc.querySelectorAll('meta'));
  for (const key of wanted) {
    for (const meta of metas) {
      const names = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop'), meta.getAttribute('http-equiv')];
      if (!names.some((n) => n !== null && n.trim().toLowerCase() === key)) continue;
      const content = collapse(meta.getAttribute('content') ?? '');
      if (content) return content;
    }
  }
  return null;
}

const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle|Blog/;

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

/** Every object node of every JSON-LD block, flattened through arrays and @graph. */
export function jsonLdNodes(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json | undefined, depth: number): void => {
    if (depth > 6) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph'] !== undefined) visit(v['@graph'], depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    // Some CMSs wrap the JSON in CDATA or HTML comments; a block that still fails to parse is skipped.
    const raw = (script.textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '');
    try {
      visit(JSON.parse(raw) as Json, 0);
    } catch {
      continue;
    }
  }
  return out;
}

function jsonLdArticle(nodes: JsonObject[]): JsonObject | null {
  return nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t))) ?? null;
}

function nameOf(v: Json | undefined, nodes: JsonObject[]): string | null {
  if (typeof v === 'string') return collapse(v) || null;
  if (Array.isArray(v)) {
    for (const x of v) {
      const name = nameOf(x, nodes);
      if (name) return name;
    }
    return null;
  }
  if (!isObject(v)) return null;
  if (typeof v.name === 'string' && collapse(v.name)) return collapse(v.name);
  // A publisher given as {"@id": "…#organization"} points at another node of the @graph.
  const id = v['@id'];
  if (typeof id === 'string') {
    const target = nodes.find((n) => n !== v && n['@id'] === id);
    if (target && typeof target.name === 'string') return collapse(target.name) || null;
  }
  return null;
}

/** "www.daily-example.co.uk" → "daily-example.co.uk": the site as a reader would name it. */
export function tidyDomain(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, '');
  } catch {
    return url;
  }
}

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const HAS_ZONE = /\b(?:GMT|UTC|Z)\b|[+-]\d{4}\b/;

/**
 * ISO 8601 in UTC ("2024-02-26T14:05:00.000Z"), or the date alone when only a date is given.
 * A time without a zone is read as UTC so the result never depends on the reader's time zone; other
 * free-form dates are accepted only with an explicit zone, because Date.parse reads them as local time.
 */
export function normaliseTime(value: string | null | undefined): string | null {
  const s = collapse(value ?? '');
  if (!s) return null;
  const m = ISO_LIKE.exec(s);
  if (m) {
    if (m[4] === undefined) {
      const t = Date.parse(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
      return Number.isNaN(t) ? null : `${m[1]}-${m[2]}-${m[3]}`;
    }
    let zone = m[7] ?? 'Z';
    if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    const t = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone.toUpperCase()}`);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  if (!HAS_ZONE.test(s)) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** "en_GB" → "en-GB"; anything that is not a plausible BCP 47 tag → null. */
export function normaliseLang(value: string | null | undefined): string | null {
  const first = collapse((value ?? '').split(/[,;]/)[0] ?? '').replace(/_/g, '-');
  if (!LANG_TAG.test(first)) return null;
  const [primary, ...rest] = first.split('-');
  return [primary.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}

function httpUrl(href: string | null | undefined, base: string): string | null {
  if (!href || !href.trim()) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function publishedTime(doc: Document, article: JsonObject | null): string | null {
  const fromJsonLd = article && typeof article.datePublished === 'string' ? normaliseTime(article.datePublished) : null;
  if (fromJsonLd) return fromJsonLd;
  const fromMeta = normaliseTime(
    metaContent(doc, ['article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'dc.date.issued', 'parsely-pub-date', 'sailthru.date']),
  );
  if (fromMeta) return fromMeta;
  // Prefer a <time> that says it is the publication date; the first <time> on a page may be a nav clock.
  const times = [
    ...Array.from(doc.querySelectorAll('time[itemprop="datePublished"][datetime], time[pubdate][datetime]')),
    ...Array.from(doc.querySelectorAll('article time[datetime], main time[datetime]')),
    ...Array.from(doc.querySelectorAll('time[datetime]')),
  ];
  for (const time of times) {
    const t = normaliseTime(time.getAttribute('datetime'));
    if (t) return t;
  }
  return null;
}

/** The page's base for resolving links: an existing <base href>, else the page URL. */
export function baseUrlOf(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  return httpUrl(href, pageUrl) ?? pageUrl;
}

export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const nodes = jsonLdNodes(doc);
  const article = jsonLdArticle(nodes);
  const base = baseUrlOf(doc, pageUrl);
  const outlet =
    metaContent(doc, ['og:site_name']) ??
    (article ? nameOf(article.publisher, nodes) : null) ??
    tidyDomain(pageUrl);
  const canonicalUrl =
    httpUrl(doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href'), base) ??
    httpUrl(metaContent(doc, ['og:url']), base) ??
    pageUrl;
  const lang =
    normaliseLang(doc.documentElement?.getAttribute('lang')) ??
    normaliseLang(doc.documentElement?.getAttribute('xml:lang')) ??
    normaliseLang(metaContent(doc, ['og:locale'])) ??
    normaliseLang(metaContent(doc, ['content-language']));
  return { outlet, canonicalUrl, publishedTime: publishedTime(doc, article), lang };
}
