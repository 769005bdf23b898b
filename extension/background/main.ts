// The background entry: a module service worker on Chrome, an event page on Firefox. It only wires the
// real browser into the router and the discovery service; all behaviour lives where tests can reach it.
import { createBrowserApi } from '../api';
import { extractFromHtml } from '../content/extract';
import { HistoryStore } from '../discovery/history-store';
import { openHistoryDb } from '../discovery/idb-history';
import { COVERAGE_PORT, isBackgroundRequest } from '../messages';
import { loadSettings as loadStoredSettings } from '../settings-store';
import { createCoverageService } from './coverage-service';
import { compareWithEngine } from './engine';
import { readOpenTabs } from './open-tabs';
import { createHtmlParser, type LocalParse } from './parse-html';
import { createRouter } from './router';

const api = createBrowserApi();
// Firefox's event page has a DOM; Chrome's service worker does not (it parses in the offscreen page).
const local: LocalParse | null =
  typeof DOMParser === 'undefined' ? null : (html, url) => extractFromHtml(html, url, new DOMParser());
const parseHtml = createHtmlParser(api, local);
const fetchFn = (url: string, init: RequestInit) => fetch(url, init);
const loadSettings = () => loadStoredSettings(api.storage);

// One IndexedDB connection per worker life; the store is rebuilt per use so the size setting applies.
let db: ReturnType<typeof openHistoryDb> | null = null;
const history = async () => {
  if (typeof indexedDB === 'undefined') return null;
  db ??= openHistoryDb();
  return new HistoryStore(await db, { maxEntries: (await loadSettings()).historySize });
};

const coverage = createCoverageService({
  api,
  fetch: fetchFn,
  parseHtml,
  compare: compareWithEngine,
  loadSettings,
  history,
  openTabs: (readerUrl) => readOpenTabs(api, readerUrl),
});

const route = createRouter({ api, fetch: fetchFn, parseHtml, compare: compareWithEngine, coverage, history });

api.runtime.onMessage((message) => (isBackgroundRequest(message) ? route(message) : undefined));
api.runtime.onConnect((port) => {
  if (port.name === COVERAGE_PORT) coverage.connect(port);
});
