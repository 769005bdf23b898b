import { describe, expect, it } from 'vitest';
import { INITIAL_DISCOVERY, INITIAL_STATE, reduce, reduceDiscovery, type DiscoveryEvent, type DiscoveryState, type PopupEvent, type PopupState } from '../../popup/state';
import type { CoverageSession } from '../../popup/components/coverage-types';
import { pageArticle, sampleComparison } from '../extension/articles';

const article = pageArticle();
const result = { other: pageArticle({ outlet: 'Other' }), comparison: sampleComparison(), via: 'tab' as const, ms: 12 };
const ready: PopupState = { status: 'ready', article };
const comparing: PopupState = { status: 'comparing', article, label: 'Other' };
const compared: PopupState = { status: 'compared', article, result };
const failed: PopupState = { status: 'error', article, error: { code: 'timeout' } };
const notArticle: PopupState = { status: 'not-an-article', error: { code: 'not-an-article' } };

describe('popup state machine', () => {
  it.each<[string, PopupState, PopupEvent, PopupState]>([
    ['extracted', INITIAL_STATE, { type: 'extracted', article }, ready],
    ['not an article', INITIAL_STATE, { type: 'extract-failed', error: { code: 'not-an-article' } }, notArticle],
    ['restricted page', INITIAL_STATE, { type: 'extract-failed', error: { code: 'restricted-page' } }, { status: 'not-an-article', error: { code: 'restricted-page' } }],
    ['extraction broke', INITIAL_STATE, { type: 'extract-failed', error: { code: 'internal' } }, { status: 'error', article: null, error: { code: 'internal' } }],
    ['compare from ready', ready, { type: 'compare-started', label: 'Other' }, comparing],
    ['compare again after a result', compared, { type: 'compare-started', label: 'Other' }, comparing],
    ['retry after an error', failed, { type: 'compare-started', label: 'Other' }, comparing],
    ['result', comparing, { type: 'compare-done', result }, compared],
    ['failure', comparing, { type: 'compare-failed', error: { code: 'timeout' } }, failed],
    ['back from a result', compared, { type: 'back' }, ready],
    ['back from an error', failed, { type: 'back' }, ready],
    // Nonsense transitions leave the screen as it is.
    ['late extraction', compared, { type: 'extracted', article: pageArticle({ title: 'late' }) }, compared],
    ['late result after going back', ready, { type: 'compare-done', result }, ready],
    ['compare with no article', notArticle, { type: 'compare-started', label: 'x' }, notArticle],
    ['compare while extracting', INITIAL_STATE, { type: 'compare-started', label: 'x' }, INITIAL_STATE],
    ['back with nowhere to go', notArticle, { type: 'back' }, notArticle],
  ])('%s', (_name, from, event, to) => {
    expect(reduce(from, event)).toEqual(to);
  });
});

describe('discovery state machine', () => {
  const session = (done: boolean, error?: { code: 'provider-failed' }): CoverageSession => ({
    articleId: 'https://a.example/x',
    query: { entities: [], keywords: [], lang: 'en', from: '2025-02-25', to: '2025-03-01', excludeOutlet: 'a.example' },
    providers: [],
    items: [],
    done,
    startedAt: 0,
    ...(error ? { error } : {}),
  });
  const searching: DiscoveryState = { status: 'searching', session: null };
  it.each<[string, DiscoveryState, DiscoveryEvent, DiscoveryState['status']]>([
    ['first use asks before anything is sent', INITIAL_DISCOVERY, { type: 'needs-consent' }, 'consent'],
    ['the click starts the search', { status: 'consent' }, { type: 'search-started' }, 'searching'],
    ['a later click (privacy accepted) searches at once', INITIAL_DISCOVERY, { type: 'search-started' }, 'searching'],
    ['an unfinished session keeps searching', searching, { type: 'session', session: session(false) }, 'searching'],
    ['a finished session is done', searching, { type: 'session', session: session(true) }, 'done'],
    ['a finished session with an error failed', searching, { type: 'session', session: session(true, { code: 'provider-failed' }) }, 'failed'],
    ['a port error fails the search', searching, { type: 'search-failed', error: { code: 'internal' } }, 'failed'],
    ['a late session before any click is ignored', { status: 'consent' }, { type: 'session', session: session(true) }, 'consent'],
    ['consent is not asked twice', { status: 'done', session: session(true) }, { type: 'needs-consent' }, 'done'],
    ['a restart after done searches again', { status: 'done', session: session(true) }, { type: 'search-started' }, 'searching'],
  ])('%s', (_name, state, event, expected) => {
    expect(reduceDiscovery(state, event).status).toBe(expected);
  });
});
