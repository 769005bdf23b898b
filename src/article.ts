/**
 * An article as every layer sees it: plain text only. HTML never crosses into the engine,
 * so nothing downstream can render page markup by accident.
 */
export interface Article {
  title: string;
  /** Display name of the publisher ("The Associated Press", "Daily Example"); may be a domain. */
  outlet: string;
  url: string;
  /** ISO 8601 when known, else null. */
  publishedTime: string | null;
  /** BCP 47 language tag when known ("en", "en-GB", "de"), else null. */
  lang?: string | null;
  byline?: string | null;
  /** Paragraphs of plain text, in reading order. */
  paragraphs: string[];
}
