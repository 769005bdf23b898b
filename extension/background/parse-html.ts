import type { ExtensionApi } from '../api';
import { ParallaxError } from '../errors';
import type { ExtractResult, OffscreenParseRequest, PageArticle, ParseVia } from '../messages';

export const OFFSCREEN_PAGE = 'offscreen.html';
const JUSTIFICATION = 'Parse a fetched article with Readability (the service worker has no DOMParser).';

export type LocalParse = (html: string, url: string) => ExtractResult;
export type ParseHtml = (html: string, url: string) => Promise<{ article: PageArticle; via: ParseVia }>;

/**
 * Fetched HTML → article. Firefox's event page has a DOM and parses in place (`local`); Chrome's service
 * worker has none and hands the HTML to one offscreen document. Check-and-create runs inside ONE shared
 * promise: concurrent createDocument calls otherwise fail with "Only a single offscreen document may be
 * created" (recipe §7).
 */
export function createHtmlParser(api: ExtensionApi, local: LocalParse | null): ParseHtml {
  let creating: Promise<void> | null = null;
  const ensureOffscreen = (): Promise<void> => {
    const offscreen = api.offscreen;
    if (!offscreen) return Promise.reject(new ParallaxError('internal', 'no DOM to parse fetched pages in'));
    creating ??= offscreen.ensure(OFFSCREEN_PAGE, JUSTIFICATION).finally(() => {
      creating = null;
    });
    return creating;
  };

  return async (html, url) => {
    let result: unknown;
    let via: ParseVia;
    if (local) {
      result = local(html, url);
      via = 'background-dom';
    } else {
      await ensureOffscreen();
      const request: OffscreenParseRequest = { type: 'offscreen-parse', target: 'offscreen', html, url };
      result = await api.runtime.sendMessage(request);
      via = 'offscreen';
    }
    if (!result || typeof result !== 'object' || typeof (result as { ok?: unknown }).ok !== 'boolean') {
      throw new ParallaxError('internal', 'the page parser gave no answer');
    }
    const r = result as ExtractResult;
    if (!r.ok) throw new ParallaxError(r.code, r.message);
    return { article: r.article, via };
  };
}
