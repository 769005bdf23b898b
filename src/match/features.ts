// Everything the matcher needs from one article, computed once. The pipeline scores ~8 candidates
// against one reader article with the same batch as IDF context, so caching by object identity turns
// 8 × 10 analyses into 10.

import type { Article } from '../article';
import { extractEntities, type Entity } from './entities';
import { findQuotes, type Quote } from './quotes';
import { countTerms, type TermCounts } from './tfidf';
import { outletKey } from './url';
import { contentTerms } from './words';

export interface ArticleFeatures {
  terms: TermCounts;
  entities: Map<string, Entity>;
  quotes: Quote[];
  outlet: string;
}

const cache = new WeakMap<Article, ArticleFeatures>();

export function featuresOf(article: Article): ArticleFeatures {
  let f = cache.get(article);
  if (!f) {
    const paragraphs = article.paragraphs ?? [];
    f = {
      terms: countTerms(contentTerms([article.title ?? '', ...paragraphs].join('\n'))),
      entities: extractEntities(article.title ?? '', paragraphs),
      quotes: findQuotes(paragraphs),
      outlet: outletKey(article.outlet ?? '', article.url),
    };
    cache.set(article, f);
  }
  return f;
}
