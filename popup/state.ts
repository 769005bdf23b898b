// The popup's explicit state machine. Every screen the reader can see is one status here, and every
// transition is one event; an event that makes no sense in the current state is ignored rather than
// producing a half-updated screen (e.g. a late comparison answer after the reader went back).
import type { CoverageSession } from './components/coverage-types';
import type { ErrorPayload } from '../extension/errors';
import type { CompareResult, PageArticle } from '../extension/messages';

export type PopupState =
  | { status: 'extracting' }
  | { status: 'not-an-article'; error: ErrorPayload }
  | { status: 'ready'; article: PageArticle }
  | { status: 'comparing'; article: PageArticle; label: string }
  | { status: 'compared'; article: PageArticle; result: CompareResult }
  | { status: 'error'; article: PageArticle | null; error: ErrorPayload };

export type PopupEvent =
  | { type: 'extracted'; article: PageArticle }
  | { type: 'extract-failed'; error: ErrorPayload }
  | { type: 'compare-started'; label: string }
  | { type: 'compare-done'; result: CompareResult }
  | { type: 'compare-failed'; error: ErrorPayload }
  | { type: 'back' };

export const INITIAL_STATE: PopupState = { status: 'extracting' };

/** Codes that mean "there is no article here" (a plain sentence), as opposed to something failing. */
const NOT_AN_ARTICLE = new Set(['not-an-article', 'restricted-page']);

export function reduce(state: PopupState, event: PopupEvent): PopupState {
  switch (event.type) {
    case 'extracted':
      return state.status === 'extracting' ? { status: 'ready', article: event.article } : state;
    case 'extract-failed':
      if (state.status !== 'extracting') return state;
      return NOT_AN_ARTICLE.has(event.error.code)
        ? { status: 'not-an-article', error: event.error }
        : { status: 'error', article: null, error: event.error };
    case 'compare-started':
      return state.status === 'ready' || state.status === 'compared' || (state.status === 'error' && state.article)
        ? { status: 'comparing', article: state.article as PageArticle, label: event.label }
        : state;
    case 'compare-done':
      return state.status === 'comparing' ? { status: 'compared', article: state.article, result: event.result } : state;
    case 'compare-failed':
      return state.status === 'comparing' ? { status: 'error', article: state.article, error: event.error } : state;
    case 'back':
      return (state.status === 'compared' || state.status === 'error' || state.status === 'comparing') && state.article
        ? { status: 'ready', article: state.article }
        : state;
  }
}

// ---- discovery (issue 4): a second, independent machine, so the article screen never waits on it ----

export type DiscoveryState =
  | { status: 'idle' }
  /** First use: the privacy text and a "Search other outlets" button; nothing sent yet. */
  | { status: 'consent' }
  | { status: 'searching'; session: CoverageSession | null }
  | { status: 'done'; session: CoverageSession }
  | { status: 'failed'; session: CoverageSession | null; error: ErrorPayload };

export type DiscoveryEvent =
  | { type: 'needs-consent' }
  | { type: 'search-started' }
  | { type: 'session'; session: CoverageSession }
  | { type: 'search-failed'; error: ErrorPayload };

export const INITIAL_DISCOVERY: DiscoveryState = { status: 'idle' };

export function reduceDiscovery(state: DiscoveryState, event: DiscoveryEvent): DiscoveryState {
  switch (event.type) {
    case 'needs-consent':
      return state.status === 'idle' ? { status: 'consent' } : state;
    case 'search-started':
      return state.status === 'idle' || state.status === 'consent' || state.status === 'done' || state.status === 'failed'
        ? { status: 'searching', session: 'session' in state ? state.session : null }
        : state;
    case 'session':
      // A restarted search streams a fresh unfinished session after a finished one: follow it.
      if (state.status !== 'searching' && state.status !== 'done') return state;
      if (event.session.error && event.session.done) return { status: 'failed', session: event.session, error: event.session.error };
      return event.session.done ? { status: 'done', session: event.session } : { status: 'searching', session: event.session };
    case 'search-failed':
      return state.status === 'searching' ? { status: 'failed', session: state.session, error: event.error } : state;
  }
}
