// The popup's discovery screens over the mock client: first-use consent, the streamed list, nothing
// found, a failed search with its one action, the toolbar badge's tab, in-page highlights and Escape.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../extension/messages';
import { App } from '../../popup/App';
import type { CoverageItem, CoverageSession } from '../../popup/components/coverage-types';
import { PALETTES } from '../../popup/components/palettes';
import { createMockClient, type MockScript } from '../../popup/mock-client';
import { pageArticle, sampleComparison } from '../extension/articles';
import { card, compared } from './coverage-items';

vi.mock('webextension-polyfill', () => ({ default: {} }));
afterEach(cleanup);

const providers = (state: 'searching' | 'done'): CoverageSession['providers'] => [
  { id: 'bing', label: 'Bing News', state, found: state === 'done' ? 2 : 0 },
  { id: 'gdelt', label: 'GDELT', state: 'off', found: 0 },
];
const session = (items: CoverageItem[], done: boolean, over: Partial<CoverageSession> = {}): CoverageSession => ({
  articleId: 'harbour.example/ferry', query: { entities: ['Westbrook'], keywords: ['ferry'], lang: 'en', from: '', to: '', excludeOutlet: '' },
  providers: providers(done ? 'done' : 'searching'), items, done, startedAt: 0, ...over,
});
const acknowledged: Settings = { ...DEFAULT_SETTINGS, privacyAcknowledged: true };
const discovery = () => screen.getByTestId('discovery').getAttribute('data-discovery');
const open = (script: MockScript) => {
  const client = createMockClient({ article: pageArticle(), delayMs: 2, ...script });
  render(<App client={client} />);
  return client;
};

describe('popup discovery', () => {
  it('asks first: the privacy text, nothing searched until the click, then the site request inside it', async () => {
    const client = open({ settings: { ...DEFAULT_SETTINGS }, sessions: [session([compared('north')], true)] });
    await waitFor(() => screen.getByTestId('search-privacy'));
    expect(screen.getByTestId('search-privacy').querySelectorAll('li')).toHaveLength(5);
    expect(client.calls.some((c) => c.method === 'discover')).toBe(false);
    fireEvent.click(screen.getByTestId('search-start'));
    await waitFor(() => expect(discovery()).toBe('done'));
    const methods = client.calls.map((c) => c.method);
    expect(methods.indexOf('requestAccess')).toBeLessThan(methods.indexOf('discover'));
    expect(client.stored.privacyAcknowledged).toBe(true);
  });

  it('streams: progress and cards appear as they come, then the finished list', async () => {
    open({
      settings: acknowledged,
      sessions: [session([], false), session([card('north', { state: 'fetching' })], false), session([compared('north'), compared('south')], true)],
    });
    await waitFor(() => screen.getByTestId('providers'));
    expect(discovery()).toBe('searching');
    await waitFor(() => expect(screen.getByTestId('card').textContent).toContain('Reading this version…'));
    await waitFor(() => expect(discovery()).toBe('done'));
    expect(screen.getAllByTestId('card')).toHaveLength(2);
    expect(screen.queryByTestId('providers')).toBeNull();
    expect(screen.getByTestId('coverage-summary').textContent).toBe('2 outlets carry the same story.');
  });

  it('sends the tab with the search, for the toolbar badge', async () => {
    const client = open({ settings: acknowledged, tabId: 7, sessions: [session([], true)] });
    await waitFor(() => expect(discovery()).toBe('done'));
    expect(client.calls.find((c) => c.method === 'discover')?.args[1]).toEqual({ restart: false, tabId: 7 });
  });

  it('nothing found: says what was tried and points to the tab-or-address way', async () => {
    open({ settings: acknowledged, sessions: [session([], true)] });
    await waitFor(() => screen.getByTestId('nothing-found'));
    expect(screen.getByTestId('nothing-found').textContent).toContain('Searched: Bing News.');
    fireEvent.click(screen.getByTestId('compare-instead'));
    expect(document.activeElement).toBe(screen.getByTestId('url-input'));
  });

  it('a failed search gives one sentence and one action, which searches again', async () => {
    const client = open({ settings: acknowledged, sessions: [{ code: 'provider-failed' }] });
    await waitFor(() => expect(discovery()).toBe('failed'));
    expect(screen.getByTestId('error-sentence').textContent).toBe('The news search service did not answer.');
    fireEvent.click(screen.getByTestId('retry'));
    expect(client.calls.filter((c) => c.method === 'discover').map((c) => (c.args[1] as { restart: boolean }).restart)).toEqual([false, true]);
  });

  it('marks the page through the content script with the reader’s palette, and unmarks it', async () => {
    const other = pageArticle({ outlet: 'Invented Coast Times', url: 'https://coast.example/ferry' });
    const client = open({
      settings: { ...acknowledged, highlightPalette: 'muted' },
      tabs: [{ tabId: 9, title: 'Coast', url: other.url }],
      // The reader's one sentence is only theirs: one 'only' mark, its card saying so.
      compare: () => ({ other, comparison: sampleComparison({ onlyInA: [sampleComparison().sentencesA[0]] }), via: 'tab', ms: 3 }),
      sessions: [],
      highlight: { mode: 'highlight-api', missed: 1 },
    });
    await waitFor(() => screen.getByTestId('tab-choice'));
    fireEvent.click(screen.getByTestId('tab-choice'));
    await waitFor(() => screen.getByTestId('highlight-toggle'));
    fireEvent.click(screen.getByTestId('highlight-toggle'));
    await waitFor(() => screen.getByTestId('highlight-note'));
    expect((screen.getByTestId('highlight-toggle') as HTMLInputElement).checked).toBe(true);
    const [tabId, plan] = client.calls.find((c) => c.method === 'highlight')!.args as [number, { marks: unknown[]; colours: unknown }];
    expect(tabId).toBe(1);
    expect(plan.colours).toEqual(PALETTES.muted);
    expect(plan.marks).toEqual([expect.objectContaining({ kind: 'only', paragraph: 0, note: 'Only this outlet has this sentence' })]);
    expect(screen.getByTestId('highlight-note').textContent).toBe('1 passages could not be found in the page.');
    fireEvent.click(screen.getByTestId('highlight-toggle'));
    await waitFor(() => expect(client.calls.filter((c) => c.method === 'highlight')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByTestId('highlight-note')).toBeNull());
    expect((screen.getByTestId('highlight-toggle') as HTMLInputElement).checked).toBe(false);
    expect(client.calls.filter((c) => c.method === 'highlight').map((c) => c.args[1])).toEqual([plan, null]);
  });

  it('says so in one sentence when the page cannot be marked', async () => {
    const other = pageArticle({ outlet: 'Invented Coast Times' });
    open({ settings: acknowledged, tabs: [{ tabId: 9, title: 'Coast', url: other.url }], compare: () => ({ other, comparison: sampleComparison(), via: 'tab', ms: 3 }), sessions: [], highlight: { code: 'internal', detail: 'no receiver' } });
    await waitFor(() => screen.getByTestId('tab-choice'));
    fireEvent.click(screen.getByTestId('tab-choice'));
    await waitFor(() => screen.getByTestId('highlight-toggle'));
    fireEvent.click(screen.getByTestId('highlight-toggle'));
    await waitFor(() => expect(screen.getByTestId('highlight-note').textContent).toBe('The page could not be marked: reload it and try again.'));
    expect((screen.getByTestId('highlight-toggle') as HTMLInputElement).checked).toBe(false);
  });

  it('Escape leaves a comparison; the keyboard help is on screen', async () => {
    const other = pageArticle({ outlet: 'Invented Coast Times' });
    open({ settings: acknowledged, tabs: [{ tabId: 9, title: 'Coast', url: other.url }], compare: () => ({ other, comparison: sampleComparison(), via: 'tab', ms: 3 }), sessions: [] });
    await waitFor(() => screen.getByTestId('tab-choice'));
    expect(screen.getByTestId('keyboard-hint').textContent).toContain('Alt+Shift+H');
    fireEvent.click(screen.getByTestId('tab-choice'));
    await waitFor(() => expect(screen.getByTestId('popup').getAttribute('data-state')).toBe('compared'));
    fireEvent.keyDown(screen.getByTestId('comparison'), { key: 'Escape' });
    expect(screen.getByTestId('popup').getAttribute('data-state')).toBe('ready');
  });
});
