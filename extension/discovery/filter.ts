// Client-side guards every provider applies. The reader's own outlet is left out here, in the browser,
// and never by a query operator: `-site:own.example` would tell the search service which site the reader
// is on. Items outside the query's date window are dropped too (Bing has no date filter worth using), and
// one entry is kept per normalised URL.

import { normaliseUrl, outletKey, registrableDomain } from '../../src/match';
import { isGoogleArticleLink } from './google-items';
import type { DiscoveredCandidate, StoryQuery } from './types';

const DAY = 86_400_000;

/** Every form a result may name the reader's outlet by: its registrable domains and its folded names. */
export interface OwnOutlet {
  domains: Set<string>;
  /** The domains' names as registered ("theguardian" of theguardian.com), for the same name under another suffix. */
  labels: Set<string>;
  /** Folded names ("guardian"), from the reader's outlet name and from its domains. */
  keys: Set<string>;
}

/**
 * The publisher's host behind an AMP cache address (`www-x-com.cdn.ampproject.org/c/s/www.x.com/…`,
 * `www.google.com/amp/s/www.x.com/…`); any other address's own host.
 */
export function publisherHost(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return '';
  }
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const CACHE = '.cdn.ampproject.org';
  if (host.endsWith(CACHE)) {
    const inPath = /^\/[a-z]\/(?:s\/)?([a-z0-9.-]+\.[a-z]{2,})(?:\/|$)/i.exec(parsed.pathname);
    if (inPath) return inPath[1].toLowerCase();
    // The cache's subdomain spells the host with "-" for "." and "--" for "-".
    return host.slice(0, -CACHE.length).split('--').map((part) => part.replace(/-/g, '.')).join('-');
  }
  if (/^(?:www\.)?google\.[a-z.]+$/.test(host)) {
    const amp = /^\/amp\/(?:s\/)?([a-z0-9.-]+\.[a-z]{2,})(?:\/|$)/i.exec(parsed.pathname);
    if (amp) return amp[1].toLowerCase();
  }
  return host;
}

/** "The Daily Example", "daily-example.org", "www.dailyexample.org" and "dailyexample" fold alike. */
function nameKey(name: string): string {
  return outletKey(name).replace(/-/g, '').replace(/^the(?=.)/, '');
}

function addressParts(url: string): { domain: string; label: string; key: string } | null {
  if (!/^https?:\/\//i.test(url.trim()) || isGoogleArticleLink(url)) return null;
  const domain = registrableDomain(publisherHost(url));
  return domain ? { domain, label: domain.split('.')[0], key: nameKey(domain) } : null;
}

const isDomainLike = (s: string) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(s);

/** Each source an address, a bare domain or an outlet's name (StoryQuery.excludeOutlet is any of them). */
export function ownOutlet(...sources: (string | null | undefined)[]): OwnOutlet {
  const own: OwnOutlet = { domains: new Set(), labels: new Set(), keys: new Set() };
  for (const raw of sources) {
    const source = (raw ?? '').trim();
    if (!source) continue;
    const address = addressParts(isDomainLike(source) ? `https://${source}/` : source);
    if (address) {
      own.domains.add(address.domain);
      own.labels.add(address.label);
      own.keys.add(address.key);
    } else if (!/^[a-z][a-z0-9+.-]*:/i.test(source)) {
      const key = nameKey(source);
      if (key) own.keys.add(key);
    }
  }
  return own;
}

/**
 * A result from the reader's outlet: its address, its outlet's home page (Google's <source url>) or its
 * AMP copy on the reader's registrable domain (so www., m. and amp. hosts count), the same registered name
 * under another suffix (bbc.com for bbc.co.uk), or an outlet name that folds to one of the reader's (a
 * syndication site credits the outlet by name). A Google News link says nothing about the outlet until it
 * is resolved.
 *
 * An address is compared as registered, not folded: theguardian.com's reader keeps guardian.ng, another
 * paper, which "guardian" alone would have left out. Only a reader known by name alone (no address) has
 * addresses compared by folded name. The cost: two papers that registered one name under two suffixes
 * (independent.co.uk, independent.ie) still count as one.
 */
export function isOwn(c: Pick<DiscoveredCandidate, 'url' | 'outlet'> & Partial<Pick<DiscoveredCandidate, 'outletUrl' | 'mobileUrl'>>, own: OwnOutlet): boolean {
  const outlet = (c.outlet ?? '').trim();
  // GDELT names an outlet by its domain: an address, not a name.
  const named = isDomainLike(outlet) ? `https://${outlet}/` : null;
  for (const url of [c.url, c.outletUrl, c.mobileUrl, named]) {
    const address = url ? addressParts(url) : null;
    if (!address) continue;
    if (own.domains.has(address.domain) || own.labels.has(address.label)) return true;
    if (own.domains.size === 0 && own.keys.has(address.key)) return true;
  }
  const key = named ? '' : nameKey(outlet);
  return key !== '' && own.keys.has(key);
}

/** Inclusive of the whole `to` day; undated items are kept (the matcher weighs time later). */
export function inWindow(iso: string | null | undefined, q: StoryQuery): boolean {
  if (!iso) return true;
  const t = Date.parse(iso);
  const from = Date.parse(q.from.slice(0, 10));
  const to = Date.parse(q.to.slice(0, 10));
  if (Number.isNaN(t) || Number.isNaN(from) || Number.isNaN(to)) return true;
  return t >= from && t < to + DAY;
}

export function keepRelevant(candidates: DiscoveredCandidate[], q: StoryQuery): DiscoveredCandidate[] {
  const own = ownOutlet(q.excludeOutlet);
  const seen = new Set<string>();
  return candidates.filter((c) => {
    if (!c.url || isOwn(c, own)) return false;
    if (!inWindow(c.publishedTime, q)) return false;
    const key = normaliseUrl(c.url);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
