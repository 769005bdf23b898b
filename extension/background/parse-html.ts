import type { ExtensionApi } from '../api';
import { ParallaxError } from '../errors';
import type { ExtractResult, OffscreenParseRequest, PageArticle, ParseVia } from '../messages';

export const OFFSCREEN_PAGE = 'offscreen.html';
const JUSTIFICATION = 'Parse a fetched article with Readability (the service worker has no DOMParser).';

export type LocalParse = (html: string, url: string) => ExtractResult;
/** `timeoutMs` bounds the parse itself (the fetch has its own limit): Readability on a hostile page can run for a minute. */
export type ParseHtml = (html: string, url: string, timeoutMs?: number) => Promise<{ article: PageArticle; via: ParseVia }>;

/** The parse deadline when the caller gives none. */
export const DEFAULT_PARSE_TIMEOUT_MS = 10_000;

/**
 * Fetched HTML → article. Firefox's event page has a DOM and parses in place (`local`); Chrome's service
 * worker has none and hands the HTML to one offscreen document. Check-and-create runs inside ONE shared
 * promise: concurrent createDocument calls otherwise fail with "Only a single offscreen document may be
 * created" (recipe §7).
 */
export function createHtmlParser(api: ExtensionApi, local: LocalParse | null): ParseHtml {
  let creating: Promise<void> | null = null;
  // A document being closed after a runaway parse: the next parse waits for it to be gone before making a
  // new one (two at once fail), but the reader's error does not wait for the close.
  let closing: Promise<void> = Promise.resolve();
  const ensureOffscreen = (): Promise<void> => {
    const offscreen = api.offscreen;
    if (!offscreen) return Promise.reject(new ParallaxError('internal', 'no DOM to parse fetched pages in'));
    creating ??= closing.then(() => offscreen.ensure(OFFSCREEN_PAGE, JUSTIFICATION)).finally(() => {
      creating = null;
    });
    return creating;
  };

  // A parse past its deadline is stopped by closing the offscreen document: a message cannot interrupt
  // a running script, and leaving it would block every later parse. (Firefox parses in the event page
  // itself and cannot be interrupted; extractArticle's size and depth caps bound it there.)
  const offscreenParse = async (request: OffscreenParseRequest, timeoutMs: number): Promise<unknown> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ParallaxError('timeout', 'the page took too long to read')), timeoutMs);
    });
    try {
      return await Promise.race([api.runtime.sendMessage(request), expired]);
    } catch (error) {
      if (error instanceof ParallaxError && error.code === 'timeout' && api.offscreen) closing = api.offscreen.close();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };

  return async (html, url, timeoutMs = DEFAULT_PARSE_TIMEOUT_MS) => {
    let result: unknown;
    let via: ParseVia;
    if (local) {
      result = local(html, url);
      via = 'background-dom';
    } else {
      await ensureOffscreen();
      const request: OffscreenParseRequest = { type: 'offscreen-parse', target: 'offscreen', html, url };
      result = await offscreenParse(request, timeoutMs);
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
