// The "other open tabs" provider's source: articles in the reader's other tabs. Only tabs whose address
// the extension can already see (host permission granted) are read, at most MAX_TABS of them, each with
// a short time limit: a hung or huge tab must not hold up the search. Nothing leaves the browser.
import type { Article } from '../../src/index';
import { normaliseUrl } from '../../src/match';
import type { ExtensionApi } from '../api';
import { extractFromTab } from './extract-tab';
import { restrictionOf } from './restricted';

export const MAX_TABS = 8;
export const TAB_TIMEOUT_MS = 3000;

function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });
}

export async function readOpenTabs(api: ExtensionApi, readerUrl: string, extract = extractFromTab): Promise<Article[]> {
  const reader = normaliseUrl(readerUrl);
  const tabs = (await api.tabs.all().catch(() => []))
    .filter((t) => t.url && !restrictionOf(t.url) && normaliseUrl(t.url) !== reader)
    .slice(0, MAX_TABS);
  const articles = await Promise.all(tabs.map((t) => within(extract(api, t.id, t.url), TAB_TIMEOUT_MS)));
  return articles.filter((a): a is NonNullable<typeof a> => a !== null);
}
