// What a Google News feed item says about itself, shared by the search feed and the top-stories feed.

/** Splits on the LAST " - ": headlines themselves often contain " - ". */
export function splitGoogleTitle(title: string, source: string): { headline: string; outlet: string } {
  const t = title.trim();
  if (source && t.endsWith(` - ${source}`)) return { headline: t.slice(0, -(source.length + 3)).trim(), outlet: source };
  const at = t.lastIndexOf(' - ');
  if (at <= 0) return { headline: t, outlet: source };
  return { headline: t.slice(0, at).trim(), outlet: source || t.slice(at + 3).trim() };
}

/** Google's opaque article links (resolved lazily, two requests each), as opposed to a publisher URL. */
export function isGoogleArticleLink(link: string): boolean {
  return /news\.google\.[a-z.]+\/(?:rss\/)?articles\//i.test(link) || /\/articles\/CB/i.test(link);
}
