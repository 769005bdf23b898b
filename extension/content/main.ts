// The content script entry: a classic script (one IIFE), injected on demand after the reader's click.
// It answers one question — "what article is on this page?" — with plain text, never HTML.
import { createBrowserApi } from '../api';
import { isContentExtractRequest } from '../messages';
import { extractArticle } from './extract';
import { handleHighlight } from './highlight';
import { isHighlightRequest } from './highlight-plan';

const flagged = window as unknown as { __parallaxContent?: boolean };
// Injected twice (popup reopened after the worker restarted), the script must not answer twice.
if (!flagged.__parallaxContent) {
  flagged.__parallaxContent = true;
  createBrowserApi().runtime.onMessage((message) => {
    if (isContentExtractRequest(message)) return Promise.resolve(extractArticle(document, location.href));
    if (isHighlightRequest(message)) return Promise.resolve(handleHighlight(document, message.plan));
    return undefined;
  });
}
