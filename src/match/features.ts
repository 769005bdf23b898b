// Everything the matcher needs from one article, computed once. The pipeline scores ~8 candidates
// against one reader article with the same batch as IDF context, so caching by object identity turns
// 8 × 10 analyses into 10.

import type { Article } from '../article';
import { extractEntities, type Entity } from './entities';
import { findQuotes, type Quote } from './quotes';
import { bigramsOf, leadText, numbersOf } from './signals';
import { countTerms, type TermCounts } from './tfidf';
import { outletKey } from './url';
import { contentTerms } from './words';

export interface ArticleFeatures {
  terms: TermCounts;
  /** Content terms of the title and the first words of the body (signals.ts `leadText`). */
  leadTerms: TermCounts;
  /** Adjacent content-word pairs of title and body. */
  bigrams: TermCounts;
  numbers: Set<string>;
  leadNumbers: Set<string>;
  entities: Map<string, Entity>;
  people: Map<string, Entity>;
  quotes: Quote[];
  outlet: string;
}

const cache = new WeakMap<Article, ArticleFeatures>();

export function featuresOf(article: Article): ArticleFeatures {
  let f = cache.get(article);
  if (!f) {
    const paragraphs = article.paragraphs ?? [];
    const title = article.title ?? '';
    const body = [title, ...paragraphs].join('\n');
    const lead = leadText(title, paragraphs);
    const entities = extractEntities(title, paragraphs);
    f = {
      terms: countTerms(contentTerms(body)),
      leadTerms: countTerms(contentTerms(lead)),
      bigrams: countTerms(bigramsOf(body)),
      numbers: numbersOf(body),
      leadNumbers: numbersOf(lead),
      entities,
      people: new Map([...entities].filter(([, e]) => e.kind === 'person')),
      quotes: findQuotes(paragraphs),
      outlet: outletKey(article.outlet ?? '', article.url),
    };
    cache.set(article, f);
  }
  return f;
}
