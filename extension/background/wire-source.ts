// Who wrote a wire story that several outlets run: "Atlas Wire story, also run by 2 outlets". The texts
// say it themselves, in a dateline ("GENEVA (Atlas Wire) — ") or in a byline the copies share ("By Atlas
// Wire"). Which copy was compared first or published first says nothing about who wrote it, so neither
// is used. Null when nothing says so: the card then reads "Same wire story, also run by N outlets".
import type { Article } from '../../src/index';

// An ALLCAPS city, optional region, the agency in parentheses, then a dash or colon: the agency is the
// parenthesis. Only the first paragraph counts: a dateline opens the story.
const DATELINE_AGENCY = /^\s*\p{Lu}[\p{Lu}.'’ -]+(?:, [\p{L}.'’ ]+)?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})? \(([\p{L}&.'’ ]{2,40})\)\s*(?:[-\u2013\u2014]{1,2}|:)/u;

export type WireText = Pick<Article, 'paragraphs' | 'outlet'> & { byline?: string | null };

export function datelineAgency(paragraphs: string[]): string | null {
  const first = paragraphs.find((p) => p.trim() !== '');
  const m = first ? DATELINE_AGENCY.exec(first) : null;
  return m ? m[1].trim() : null;
}

/** The wire's name for a group of copies, or null. */
export function wireSourceOf(copies: WireText[]): string | null {
  const votes = new Map<string, number>();
  const vote = (name: string | null | undefined, weight: number) => {
    const n = name?.replace(/^(?:by|from)\s+/i, '').trim();
    if (n) votes.set(n, (votes.get(n) ?? 0) + weight);
  };
  for (const c of copies) vote(datelineAgency(c.paragraphs), 2);
  // A byline counts only when two copies share it: one outlet's reporter is not a wire.
  const bylines = new Map<string, number>();
  for (const c of copies) if (c.byline) bylines.set(c.byline, (bylines.get(c.byline) ?? 0) + 1);
  for (const [name, n] of bylines) if (n >= 2) vote(name, n);
  const ranked = [...votes.entries()].sort((x, y) => y[1] - x[1]);
  return ranked[0]?.[0] ?? null;
}
