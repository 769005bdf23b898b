// The content script entry: a classic script (one IIFE), injected on demand after the reader's click.
// It answers one question — "what article is on this page?" — with plain text, never HTML.
import { createBrowserApi } from '../api';
import { isContentExtractRequest, type ExtractResult } from '../messages';
import { extractArticle } from './extract';
import { handleHighlight } from './highlight';
import { isHighlightRequest } from './highlight-plan';

const flagged = window as unknown as { __parallaxContent?: boolean };
// Injected twice (popup reopened after the worker restarted), the script must not answer twice.
if (!flagged.__parallaxContent) {
  flagged.__parallaxContent = true;
  // A reopened popup asks again for the page it read a moment ago: the same address answers from memory
  // (Readability on a clone costs tens of ms), a new one (a single-page site navigating) is read again.
  // Only articles are kept: a page that was not one yet may still be filling itself in.
  let last: { url: string; result: ExtractResult } | null = null;
  createBrowserApi().runtime.onMessage((message) => {
    if (isContentExtractRequest(message)) {
      if (last?.url !== location.href) {
        const result = extractArticle(document, location.href);
        last = result.ok ? { url: location.href, result } : null;
        return Promise.resolve(result);
      }
      return Promise.resolve(last.result);
    }
    if (isHighlightRequest(message)) return Promise.resolve(handleHighlight(document, message.plan));
    return undefined;
  });
}
