// The popup's explicit state machine. Every screen the reader can see is one status here, and every
// transition is one event; an event that makes no sense in the current state is ignored rather than
// producing a half-updated screen (e.g. a late comparison answer after the reader went back).
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
