// The popup's first moves, started by popup/main.tsx before the app's own code has loaded (its chunk
// arrives while these are in flight): the tab, the reader's settings, the article, and — when the privacy
// text was already accepted — discovery, whose updates wait here until the app listens. Nothing here
// imports Preact or a component, so this runs from the popup's small first chunk.
import { DEFAULT_SETTINGS, type PageArticle, type Settings } from '../extension/messages';
import type { ErrorPayload } from '../extension/errors';
import type { DiscoveryHandle, Outcome, ParallaxClient } from './client';
import type { CoverageSession } from './components/coverage-types';

export type DiscoveryUpdate = { session: CoverageSession } | { error: ErrorPayload };

/** Discovery started before the app listened: `listen` replays what came meanwhile, then streams. */
export interface EarlyDiscovery {
  handle: DiscoveryHandle;
  listen(on: (update: DiscoveryUpdate) => void): void;
}

export interface Opening {
  tabId: Promise<number | null>;
  settings: Promise<Settings>;
  /** Null when there is no tab to read. */
  article: Promise<Outcome<PageArticle> | null>;
  /** Null when there is no article, or the privacy text is not accepted yet (the app asks first). */
  discovery: Promise<EarlyDiscovery | null>;
  /** What has already settled, so the app's first render shows it instead of "Reading the article…". */
  known: { tabId?: number | null; settings?: Settings; article?: Outcome<PageArticle> | null };
}

function buffered(client: ParallaxClient, article: PageArticle, tabId: number): EarlyDiscovery {
  const waiting: DiscoveryUpdate[] = [];
  let on: ((update: DiscoveryUpdate) => void) | null = null;
  const handle = client.discover(article, (update) => (on ? on(update) : waiting.push(update)), { restart: false, tabId });
  return {
    handle,
    listen(next) {
      on = next;
      waiting.splice(0).forEach(next);
    },
  };
}

export function startOpening(client: ParallaxClient): Opening {
  const known: Opening['known'] = {};
  const tabId = client.targetTabId().then((id) => (known.tabId = id));
  const settings = client.getSettings().then((s) => (known.settings = s.ok ? s.value : DEFAULT_SETTINGS));
  const article = tabId.then(async (id) => (known.article = id === null ? null : await client.extract(id)));
  const discovery = article.then(async (outcome) => {
    if (!outcome?.ok || !(await settings).privacyAcknowledged) return null;
    return buffered(client, outcome.value, (await tabId)!);
  });
  return { tabId, settings, article, discovery, known };
}
