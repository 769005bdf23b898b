import type { PageArticle } from '../../extension/messages';
import { formatDate } from '../format';
import { tn } from '../i18n';

/** The extracted article, as the reader should recognise it: title, outlet, date, length. */
export function ArticleSummary({ article, compact = false }: { article: PageArticle; compact?: boolean }) {
  const date = formatDate(article.publishedTime);
  return (
    <section class="article" data-testid="article">
      <h1 class="article-title" data-testid="article-title">{article.title}</h1>
      <p class="article-meta">
        <span data-testid="article-outlet">{article.outlet}</span>
        {date && <span data-testid="article-date"> · {date}</span>}
        <span data-testid="article-words"> · {tn(article.wordCount, 'wordsOne', 'wordsMany')}</span>
        <span data-testid="article-paragraphs"> · {tn(article.paragraphs.length, 'paragraphsOne', 'paragraphsMany')}</span>
      </p>
      {!compact && article.paragraphs.length > 0 && (
        <p class="article-lead" data-testid="article-lead">
          {article.paragraphs[0]}
        </p>
      )}
    </section>
  );
}
