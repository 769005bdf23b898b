// Chrome's offscreen document: a hidden page whose only job is to give fetched HTML a DOM to be parsed in.
import { createBrowserApi } from '../api';
import { extractFromHtml } from '../content/extract';
import { isOffscreenParseRequest } from '../messages';

const api = createBrowserApi();
const parser = new DOMParser();

// runtime.sendMessage reaches every extension page: answer only what is addressed to us, and return
// undefined otherwise so the real recipient's answer wins.
api.runtime.onMessage((message) =>
  isOffscreenParseRequest(message) ? Promise.resolve(extractFromHtml(message.html, message.url, parser)) : undefined,
);
