// Google News top stories (discovery.md §2, §8): one feed per edition, no query at all, where each item's
// <description> is Google's own cluster for that story: an <ol> of <li><a href=…>Title</a>&nbsp;&nbsp;
// <font color="#6f6f6f">Outlet</font></li>. For a big story that is a ready-made list of outlets. The
// description is escaped HTML read without a DOM (the service worker has none), so it is cut with
// bounded regular expressions that tolerate unclosed tags, odd quoting and missing pieces.

import type { Article } from '../../src/article';
import { preRank, type Candidate } from '../../src/match';
import { isOwn, ownOutlet } from './filter';
import { providerError } from './provider-error';
import { parseRss, plainText, rfc2822ToIso } from './rss';
import { isGoogleArticleLink, splitGoogleTitle } from './google-items';
import type { DiscoveredCandidate } from './types';

export interface ClusterLink {
  title: string;
  url: string;
  outlet: string;
  /** The outlet's home page, when the feed names it (only the item's lead link has a <source url>). */
  outletUrl?: string;
}

export interface TopStory {
  title: string;
  publishedTime: string | null;
  links: ClusterLink[];
}

/** A description longer than this is not a cluster of five links: only its start is read. */
const MAX_DESCRIPTION = 20_000;
/** Google lists 3–5 outlets; a broken feed must not turn into hundreds of candidates. */
const MAX_LINKS = 12;
/**
 * A cluster is taken when its best title scores at least this in the pre-ranker with no date known
 * (0.5 · 0.20 = 0.10 of any score is the neutral time term): 0.10 more means real word or name overlap.
 * Measured on our Port Aldwin fixture: the story's four titles 0.41–0.69, the day's other stories 0.10.
 */
export const TOP_STORY_MIN_SCORE = 0.25;

function hrefOf(attrs: string): string {
  const m = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attrs);
  const raw = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
  return plainText(raw).replace(/\s+/g, '');
}

/** One list entry: the link, its title, and the outlet in <font> (or whatever text follows the link). */
function readEntry(html: string): ClusterLink | null {
  const a = /<a\b([^>]*)>([\s\S]*?)(?:<\/a\s*>|$)/i.exec(html);
  if (!a) return null;
  const url = hrefOf(a[1]);
  const title = plainText(a[2]);
  if (!/^https?:\/\//i.test(url) || !title) return null;
  const after = html.slice(a.index + a[0].length);
  const font = /<font\b[^>]*>([\s\S]*?)(?:<\/font\s*>|$)/i.exec(after);
  const outlet = plainText(font ? font[1] : after);
  return { title, url, outlet };
}

/** The links of one item's description: an <ol> cluster, or the single link a search item carries. */
export function parseCluster(description: string): ClusterLink[] {
  const html = description.slice(0, MAX_DESCRIPTION);
  const out: ClusterLink[] = [];
  const starts = [...html.matchAll(/<li\b[^>]*>/gi)];
  if (starts.length === 0) {
    const single = readEntry(html);
    return single ? [single] : [];
  }
  for (let i = 0; i < starts.length && out.length < MAX_LINKS; i++) {
    const from = starts[i].index! + starts[i][0].length;
    const to = i + 1 < starts.length ? starts[i + 1].index! : html.length;
    // An entry ends at its </li> or, when that is missing, where the next one starts.
    const body = html.slice(from, to).split(/<\/li\s*>|<\/ol\s*>/i)[0];
    const entry = readEntry(body);
    if (entry) out.push(entry);
  }
  return out;
}

/** The top-stories feed as clusters; a page that is not a feed is the provider's failure. */
export function parseTopStories(body: string): TopStory[] {
  const result = parseRss(body);
  if (!result.ok) {
    if (result.reason === 'html' && /before you continue|consent\.google/i.test(body)) {
      throw providerError('google-news', 'consent-wall', 'Google News', 'providerConsentWall');
    }
    throw providerError('google-news', 'bad-response', 'Google News', 'providerNotFeed');
  }
  const stories: TopStory[] = [];
  for (const item of result.items) {
    const source = plainText(item.extra.source ?? '');
    const sourceUrl = item.attrs.source?.url || undefined;
    const links = parseCluster(item.description);
    if (links.length === 0 && /^https?:\/\//i.test(item.link.trim())) {
      const { headline, outlet } = splitGoogleTitle(plainText(item.title), source);
      if (headline) links.push({ title: headline, url: item.link.trim(), outlet });
    }
    for (const link of links) if (sourceUrl && source && link.outlet === source) link.outletUrl = sourceUrl;
    if (links.length === 0) continue;
    stories.push({ title: splitGoogleTitle(plainText(item.title), source).headline, publishedTime: rfc2822ToIso(item.pubDate), links });
  }
  return stories;
}

/**
 * The cluster telling the reader's story, by the pre-ranker's score of each title against the reader's
 * title and lead; null when no cluster reaches TOP_STORY_MIN_SCORE (most days the story is not a top one).
 */
export function pickTopStory(reader: Article, stories: TopStory[]): { story: TopStory; score: number } | null {
  const owner: number[] = [];
  const candidates: Candidate[] = [];
  stories.forEach((story, s) =>
    story.links.forEach((link, l) => {
      owner.push(s);
      // A host of its own per title: preRank keeps the best per outlet, and every title must be scored.
      candidates.push({ url: `https://s${s}-l${l}.invalid/`, title: link.title, outlet: `s${s}-l${l}`, publishedTime: null, providers: [] });
    }),
  );
  if (candidates.length === 0) return null;
  const best = new Map<number, number>();
  for (const r of preRank(reader, candidates, candidates.length)) {
    const s = owner[candidates.findIndex((c) => c.url === r.url)];
    best.set(s, Math.max(best.get(s) ?? 0, r.preScore));
  }
  let pick: { story: TopStory; score: number } | null = null;
  for (const [s, score] of best) if (score >= TOP_STORY_MIN_SCORE && (!pick || score > pick.score)) pick = { story: stories[s], score };
  return pick;
}

/** A picked cluster's outlets as candidates, the reader's own outlet left out (its link is Google's). */
export function clusterCandidates(story: TopStory, reader: Pick<Article, 'outlet' | 'url'>): DiscoveredCandidate[] {
  const own = ownOutlet(reader.url, reader.outlet);
  return story.links
    .filter((link) => !isOwn(link, own))
    .map((link) => ({
      url: link.url,
      title: link.title,
      outlet: link.outlet,
      publishedTime: story.publishedTime,
      providers: ['google-news'],
      needsResolve: isGoogleArticleLink(link.url),
      outletUrl: link.outletUrl,
    }));
}
