import type { Article } from '../src/article';
import { CliError } from './errors';

const MAX_TITLE_CHARS = 200;

/**
 * Plain-text articles: paragraphs separated by blank lines. The first paragraph is taken as the title
 * when it is one short line that does not end like a sentence: a headline has no full stop, and
 * treating a lead sentence as a title would drop it from the comparison.
 */
export function articleFromText(text: string, source: string): Article {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);
  if (paragraphs.length === 0) throw new CliError(`${source} has no text to compare.`);
  let title = '';
  const first = paragraphs[0];
  if (paragraphs.length > 1 && first.length <= MAX_TITLE_CHARS && !/[.!?"”’:]$/.test(first)) {
    title = first;
    paragraphs.shift();
  }
  return { title, outlet: outletFromSource(source), url: source, publishedTime: null, lang: null, paragraphs };
}

export function outletFromSource(source: string): string {
  if (/^https?:\/\//i.test(source)) {
    try {
      return new URL(source).hostname.replace(/^www\./, '');
    } catch {
      return source;
    }
  }
  return source.split(/[\\/]/).pop() ?? source;
}
