// The background entry: a module service worker on Chrome, an event page on Firefox. It only wires the
// real browser into the router; all behaviour lives in router.ts where tests can reach it.
import { createBrowserApi } from '../api';
import { extractFromHtml } from '../content/extract';
import { isBackgroundRequest } from '../messages';
import { compareWithEngine } from './engine';
import { createHtmlParser, type LocalParse } from './parse-html';
import { createRouter } from './router';

const api = createBrowserApi();
// Firefox's event page has a DOM; Chrome's service worker does not (it parses in the offscreen page).
const local: LocalParse | null =
  typeof DOMParser === 'undefined' ? null : (html, url) => extractFromHtml(html, url, new DOMParser());

const route = createRouter({
  api,
  fetch: (url, init) => fetch(url, init),
  parseHtml: createHtmlParser(api, local),
  compare: compareWithEngine,
});

api.runtime.onMessage((message) => (isBackgroundRequest(message) ? route(message) : undefined));
