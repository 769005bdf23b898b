// Each provider's query syntax (discovery.md §8). Only the derived keywords, the language and the date
// window leave the browser: the page's address, its site and its text never reach these functions'
// output. discovery.md suggests `-site:own` / `-domain:own` to leave the reader's outlet out, but that
// would tell the service which site the reader is on: filter.ts drops the own outlet in the browser.

import type { StoryQuery } from './types';

const GDELT_LANGUAGES: Record<string, string> = {
  en: 'english', fr: 'french', de: 'german', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch',
  ru: 'russian', uk: 'ukrainian', pl: 'polish', tr: 'turkish', ar: 'arabic', zh: 'chinese', ja: 'japanese',
  ko: 'korean', hi: 'hindi', sv: 'swedish', no: 'norwegian', da: 'danish', fi: 'finnish', el: 'greek',
  cs: 'czech', ro: 'romanian', hu: 'hungarian', he: 'hebrew', id: 'indonesian', vi: 'vietnamese',
};

// The market/edition each language defaults to when the reader has not chosen a country.
const DEFAULT_COUNTRY: Record<string, string> = {
  en: 'US', fr: 'FR', de: 'DE', es: 'ES', it: 'IT', pt: 'BR', nl: 'NL', ru: 'RU', uk: 'UA', pl: 'PL',
  tr: 'TR', ar: 'EG', zh: 'CN', ja: 'JP', ko: 'KR', hi: 'IN', sv: 'SE', no: 'NO', da: 'DK', fi: 'FI',
  el: 'GR', cs: 'CZ', ro: 'RO', hu: 'HU', he: 'IL', id: 'ID', vi: 'VN',
};

/** Q1 of §8: the top three entities and the first two keywords, de-duplicated, in that order. */
export function queryTerms(q: StoryQuery, maxEntities = 3, maxKeywords = 2): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of [...q.entities.slice(0, maxEntities), ...q.keywords.slice(0, maxKeywords)]) {
    const term = raw.replace(/["“”„«»()]/g, ' ').replace(/\s+/g, ' ').trim();
    const key = term.toLowerCase();
    if (!term || seen.has(key)) continue;
    seen.add(key);
    out.push(term);
  }
  return out;
}

export function baseLanguage(lang: string): string {
  return (lang || 'en').split(/[-_]/)[0].toLowerCase() || 'en';
}

export function countryFor(lang: string, country?: string | null): string {
  return (country || DEFAULT_COUNTRY[baseLanguage(lang)] || 'US').toUpperCase();
}

function quoteIfPhrase(term: string): string {
  return /\s/.test(term) ? `"${term}"` : term;
}

function compactDate(iso: string): string {
  return iso.slice(0, 10).replace(/-/g, '');
}

export interface RenderedRequest {
  /** The search text as the provider reads it (for logs and tests). */
  q: string;
  params: Record<string, string>;
}

/**
 * GDELT's records per answer (no paging, at most 250). discovery.md's 75 assumed `-domain:own` kept the
 * reader's outlet out server-side; its pieces on the story (updates, live pages, syndications) now take
 * records until filtered locally, so a little headroom keeps about 75 for everyone else.
 */
export const GDELT_MAX_RECORDS = 100;

/**
 * GDELT: quote multi-word phrases only (a quoted single word fails "phrase is too short"), drop words
 * under three letters (a one-letter keyword fails "too short"), and strip characters GDELT calls illegal.
 */
export function renderGdelt(q: StoryQuery, nowMs: number, maxRecords = GDELT_MAX_RECORDS): RenderedRequest | null {
  const parts: string[] = [];
  for (const term of queryTerms(q)) {
    const words = term
      .replace(/[^\p{L}\p{N}\s'.-]/gu, ' ')
      .split(/\s+/)
      .filter(Boolean);
    if (words.length === 0) continue;
    if (words.length === 1) {
      const w = words[0].replace(/^[.'-]+|[.'-]+$/g, '');
      if (w.length < 3) continue;
      parts.push(/[-.']/.test(w) ? `"${w}"` : w.toLowerCase());
    } else {
      parts.push(`"${words.join(' ').toLowerCase()}"`);
    }
  }
  if (parts.length === 0) return null;
  const language = GDELT_LANGUAGES[baseLanguage(q.lang)];
  if (language) parts.push(`sourcelang:${language}`);
  const end = Math.min(Date.parse(`${q.to.slice(0, 10)}T23:59:59Z`) || nowMs, nowMs);
  const endStamp = new Date(end).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const text = parts.join(' ');
  return {
    q: text,
    params: {
      query: text,
      mode: 'artlist',
      format: 'json',
      maxrecords: String(maxRecords),
      sort: 'HybridRel',
      startdatetime: `${compactDate(q.from)}000000`,
      enddatetime: endStamp,
    },
  };
}

/** Google News: `"Full Name" Word after:… before:…`, hl/gl/ceid kept consistent. */
export function renderGoogleNews(q: StoryQuery, country?: string | null): RenderedRequest | null {
  const terms = queryTerms(q).map(quoteIfPhrase);
  if (terms.length === 0) return null;
  terms.push(`after:${q.from.slice(0, 10)}`, `before:${q.to.slice(0, 10)}`);
  const text = terms.join(' ');
  return { q: text, params: { q: text, ...googleLocale(q.lang, country) } };
}

/** Google's edition: hl/gl/ceid kept consistent, or results are localised by the reader's IP. */
export function googleLocale(language: string, country?: string | null): { hl: string; gl: string; ceid: string } {
  const lang = baseLanguage(language);
  const gl = countryFor(lang, country);
  return { hl: `${lang}-${gl}`, gl, ceid: `${gl}:${lang}` };
}

/** Bing: no quotes (quoting returns fewer, older items), market pinned; dates filtered client-side. */
export function renderBing(q: StoryQuery, market?: string | null): RenderedRequest | null {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  const lang = baseLanguage(q.lang);
  const text = terms.join(' ');
  return { q: text, params: { q: text, format: 'rss', mkt: market || `${lang}-${countryFor(lang)}` } };
}

/** Guardian: `"A B" AND C`, date range, the fields that carry full text. */
export function renderGuardian(q: StoryQuery, apiKey: string, pageSize = 20): RenderedRequest | null {
  const terms = queryTerms(q).map(quoteIfPhrase);
  if (terms.length === 0) return null;
  const text = terms.join(' AND ');
  return {
    q: text,
    params: {
      q: text,
      'from-date': q.from.slice(0, 10),
      'to-date': q.to.slice(0, 10),
      'order-by': 'relevance',
      'page-size': String(pageSize),
      'show-fields': 'trailText,bodyText,firstPublicationDate',
      'api-key': apiKey,
    },
  };
}

export function withParams(base: string, path: string, params: Record<string, string>): string {
  const query = Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return `${base.replace(/\/+$/, '')}${path}?${query}`;
}
