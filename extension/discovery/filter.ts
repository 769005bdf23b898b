// Client-side guards every provider applies, because not every provider can be told (Bing has no date
// filter worth using and may ignore -site:): drop the reader's own outlet, drop items outside the
// query's date window, and keep one entry per normalised URL.

import { normaliseUrl, outletKey, registrableDomain } from '../../src/match';
import type { DiscoveredCandidate, StoryQuery } from './types';

const DAY = 86_400_000;

export function isOwnOutlet(url: string, outlet: string, excludeOutlet: string): boolean {
  const own = excludeOutlet.trim().toLowerCase();
  if (!own) return false;
  if (registrableDomain(url) === own) return true;
  return outletKey(own) !== '' && outletKey(outlet) === outletKey(own);
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
  const seen = new Set<string>();
  return candidates.filter((c) => {
    if (!c.url || isOwnOutlet(c.outletUrl ?? c.url, c.outlet, q.excludeOutlet)) return false;
    if (!inWindow(c.publishedTime, q)) return false;
    const key = normaliseUrl(c.url);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
