// The search query of discovery.md §8: a few entities and rare title words, a date window, and the
// reader's own outlet to exclude. Providers render it in their own syntax; this only chooses the words.

import type { Article } from '../article';
import { extractEntities, rankEntities } from './entities';
import { parseTime } from './time';
import { outletKey, registrableDomain } from './url';
import { foldWord, rawWords, STOPWORDS, WEEKDAYS_AND_MONTHS } from './words';

export interface StoryQuery {
  /** Ranked: 3·inTitle + 1·inLead + freq; people > orgs > places; minus outlet name and generic ones. */
  entities: string[];
  /** 1–2 rare title words, not stopwords/entities, length ≥ 4. */
  keywords: string[];
  lang: string;
  /** ISO dates: published −1 day … +3 days (clamped to now). */
  from: string;
  to: string;
  /** The reader's own outlet/domain. */
  excludeOutlet: string;
}

const MAX_ENTITIES = 5;
/** Entities that match half the news of a day: a query on them alone finds nothing specific. */
const GENERIC_ENTITIES = new Set(['us', 'reuters', 'ap', 'afp', 'associated press', 'agence france-presse', 'cnn', 'bbc']);
const DAY = 86_400_000;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function buildQuery(article: Article, now: Date = new Date()): StoryQuery {
  const paragraphs = article.paragraphs ?? [];
  const title = article.title ?? '';
  const own = outletKey(article.outlet ?? '', article.url);
  const ownName = (article.outlet ?? '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
  const ranked = rankEntities(extractEntities(title, paragraphs)).filter((e) => {
    const compact = e.key.replace(/\s+/g, '');
    return !GENERIC_ENTITIES.has(e.key) && !WEEKDAYS_AND_MONTHS.has(e.key) && compact !== own && compact !== ownName;
  });
  const entities = ranked.slice(0, MAX_ENTITIES).map((e) => e.display);

  const entityWords = new Set(ranked.flatMap((e) => e.key.split(' ')));
  const bodyCounts = new Map<string, number>();
  for (const w of rawWords(paragraphs.join('\n'))) {
    const f = foldWord(w);
    bodyCounts.set(f, (bodyCounts.get(f) ?? 0) + 1);
  }
  // Rarity without a frequency list: a title word the body repeats is the story's topic, and among those
  // longer words are rarer in general English. Ties keep title order.
  const seen = new Set<string>();
  const keywords = rawWords(title)
    .map((raw, index) => ({ raw, f: foldWord(raw), index }))
    .filter(({ f }) => {
      if (f.length < 4 || STOPWORDS.has(f) || WEEKDAYS_AND_MONTHS.has(f) || entityWords.has(f) || /^\d+$/.test(f) || seen.has(f))
        return false;
      seen.add(f);
      return true;
    })
    .sort((a, b) => Number((bodyCounts.get(b.f) ?? 0) > 0) - Number((bodyCounts.get(a.f) ?? 0) > 0) || b.f.length - a.f.length || a.index - b.index)
    .slice(0, 2)
    .map(({ f }) => f);

  const nowMs = now.getTime();
  const published = Math.min(parseTime(article.publishedTime) ?? nowMs, nowMs);
  return {
    entities,
    keywords,
    lang: (article.lang ?? 'en').split(/[-_]/)[0].toLowerCase() || 'en',
    from: isoDate(published - DAY),
    to: isoDate(Math.min(published + 3 * DAY, nowMs)),
    excludeOutlet: registrableDomain(article.url ?? '') || (article.outlet ?? '').trim(),
  };
}
