// The content script entry: a classic script (one IIFE), injected on demand after the reader's click.
// It answers one question — "what article is on this page?" — with plain text, never HTML.
import { createBrowserApi } from '../api';
import { isContentExtractRequest, type ExtractResult } from '../messages';
import { extractArticle } from './extract';
import { handleHighlight, highlightStatus } from './highlight';
import { isHighlightRequest, isHighlightStatusRequest } from './highlight-plan';

/** This extension's own globals in the page's isolated world (the page's scripts never see them). */
interface ContentGlobals {
  __parallaxContent?: boolean;
  /** Called by content-answer.js, injected right after this script (extension/content/answer.js). */
  __parallaxAnswer?: () => ExtractResult;
}

const scope = window as unknown as ContentGlobals;
// Injected again on every popup open, the script must keep its first instance: one listener, one memory.
if (!scope.__parallaxContent) {
  scope.__parallaxContent = true;
  // A reopened popup asks again for the page it read a moment ago: the same address answers from memory
  // (Readability on a clone costs tens of ms), a new one (a single-page site navigating) is read again.
  // Only articles are kept: a page that was not one yet may still be filling itself in.
  let last: { url: string; result: ExtractResult } | null = null;
  const answer = (): ExtractResult => {
    if (last?.url === location.href) return last.result;
    const result = extractArticle(document, location.href);
    last = result.ok ? { url: location.href, result } : null;
    return result;
  };
  scope.__parallaxAnswer = answer;
  createBrowserApi().runtime.onMessage((message) => {
    if (isContentExtractRequest(message)) return Promise.resolve(answer());
    if (isHighlightRequest(message)) return Promise.resolve(handleHighlight(document, message.plan));
    if (isHighlightStatusRequest(message)) return Promise.resolve(highlightStatus(document));
    return undefined;
  });
}
