// The one public entry of the engine: the extension, the popup and the CLI import from here only.
export type { Article } from './article';
export * from './comparison';
export { compareArticles } from './compare';
export { segmentSentences } from './text/segment';
export type { SentenceRange } from './text/segment';
export { tokenize } from './text/tokenize';
export type { Token, TokenType } from './text/tokenize';
export { contentKeys } from './text/content-keys';
export { findQuotes } from './text/quotes';
export type { QuoteSpan } from './text/quotes';
