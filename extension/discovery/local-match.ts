// Keyword overlap for the local providers (open tabs, history): the same entities and keywords the
// search providers receive, looked up in an article's title and opening paragraphs. Deliberately loose:
// matchStory makes the real decision on full text afterwards.

import type { Article } from '../../src/article';
import { queryTerms } from './render-query';
import type { StoryQuery } from './types';

const LEAD_PARAGRAPHS = 4;

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Share (0–1) of the query's terms found as whole words in the title or lead. */
export function termOverlap(article: Article, query: StoryQuery): number {
  const terms = queryTerms(query, 5, 2);
  if (terms.length === 0) return 0;
  const haystack = fold([article.title ?? '', ...(article.paragraphs ?? []).slice(0, LEAD_PARAGRAPHS)].join('\n'));
  let found = 0;
  for (const term of terms) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(fold(term)).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u');
    if (pattern.test(haystack)) found++;
  }
  return found / terms.length;
}

/** At least two terms, or the only one there is. */
export function isLocalMatch(overlap: number, query: StoryQuery): boolean {
  const n = queryTerms(query, 5, 2).length;
  return n > 0 && overlap * n >= Math.min(2, n);
}
