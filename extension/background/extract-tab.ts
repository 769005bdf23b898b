import type { ExtensionApi } from '../api';
import { ParallaxError } from '../errors';
import type { ExtractResult, PageArticle } from '../messages';
import { isRestrictedInjectionError, restrictionOf } from './restricted';

export const CONTENT_SCRIPT = 'content.js';
/**
 * Injected right after content.js in the same call. A script file's value is its last expression, and
 * this one's is the page's article (extension/content/answer.js), so the injection brings the answer back
 * itself: one round trip from the popup instead of three (ask, inject, ask again). Each round trip waits
 * for the popup's main thread, which is busy loading the app in those same milliseconds.
 */
export const ANSWER_SCRIPT = 'content-answer.js';

function isExtractResult(value: unknown): value is ExtractResult {
  return !!value && typeof value === 'object' && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function injectionError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/permission/i.test(message) && !/cannot access a chrome/i.test(message)) return new ParallaxError('permission-needed', message);
  if (isRestrictedInjectionError(message)) return new ParallaxError('restricted-page', message);
  return error instanceof Error ? error : new Error(message);
}

/**
 * Reads the tab's article through its content script, injected on demand: nothing runs in a page until
 * the reader clicks. Injected again on a later open, the script keeps its first instance (a window flag)
 * and answers from memory. With a known URL a restricted page is refused before anything is injected;
 * without one (the popup's first open) the tab's address and the injection travel together, and a
 * restricted page is still refused with its sentence: the browser blocks the injection there, or the
 * script itself declines to read (extension/content/restricted.ts).
 */
export async function extractFromTab(api: ExtensionApi, tabId: number, knownUrl?: string): Promise<PageArticle> {
  if (knownUrl) {
    const reason = restrictionOf(knownUrl);
    if (reason) throw new ParallaxError('restricted-page', reason);
  }
  const injection = api.scripting.executeFiles(tabId, [CONTENT_SCRIPT, ANSWER_SCRIPT]).then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  // With no host permission and no activeTab grant the URL is hidden; let the injection decide then.
  const url = knownUrl ?? (await api.tabs.get(tabId).then((tab) => tab?.url, () => undefined));
  if (url && !knownUrl) {
    const reason = restrictionOf(url);
    if (reason) throw new ParallaxError('restricted-page', reason);
  }
  const injected = await injection;
  if (!injected.ok) throw injectionError(injected.error);
  const reply = injected.value;
  if (!isExtractResult(reply)) throw new ParallaxError('internal', 'the page script gave no answer');
  if (!reply.ok) throw new ParallaxError(reply.code, reply.message);
  return reply.article;
}
