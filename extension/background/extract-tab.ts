import type { ExtensionApi } from '../api';
import { ParallaxError } from '../errors';
import type { ContentExtractRequest, ExtractResult, PageArticle } from '../messages';
import { isRestrictedInjectionError, restrictionOf } from './restricted';

export const CONTENT_SCRIPT = 'content.js';
const EXTRACT: ContentExtractRequest = { type: 'parallax-extract' };

function isExtractResult(value: unknown): value is ExtractResult {
  return !!value && typeof value === 'object' && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function ask(api: ExtensionApi, tabId: number): Promise<unknown> {
  try {
    return await api.tabs.sendMessage(tabId, EXTRACT);
  } catch {
    return undefined; // "Receiving end does not exist": not injected yet.
  }
}

/**
 * Asks the tab's content script for its article, injecting the script on demand the first time: nothing
 * runs in a page until the reader clicks. A script injected twice registers once (it keeps a window flag).
 * Without a known URL the tab's address and the first ask travel together, not one after the other: the
 * ask is harmless on a page that turns out to be restricted (nothing there can answer), and a popup's
 * first open pays one round trip less.
 */
export async function extractFromTab(api: ExtensionApi, tabId: number, knownUrl?: string): Promise<PageArticle> {
  const [url, first] = await Promise.all([
    knownUrl ?? api.tabs.get(tabId).then((tab) => tab?.url, () => undefined),
    ask(api, tabId),
  ]);
  // With no host permission and no activeTab grant the URL is hidden; let the injection decide then.
  if (url) {
    const reason = restrictionOf(url);
    if (reason) throw new ParallaxError('restricted-page', reason);
  }
  let reply = first;
  if (!isExtractResult(reply)) {
    try {
      await api.scripting.executeFile(tabId, CONTENT_SCRIPT);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/permission/i.test(message) && !/cannot access a chrome/i.test(message)) throw new ParallaxError('permission-needed', message);
      if (isRestrictedInjectionError(message)) throw new ParallaxError('restricted-page', message);
      throw error;
    }
    reply = await ask(api, tabId);
  }
  if (!isExtractResult(reply)) throw new ParallaxError('internal', 'the page script gave no answer');
  if (!reply.ok) throw new ParallaxError(reply.code, reply.message);
  return reply.article;
}
