import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, reduce, type PopupEvent, type PopupState } from '../../popup/state';
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
