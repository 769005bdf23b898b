import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ERRORS } from '../../extension/errors';
import { DEFAULT_SETTINGS } from '../../extension/messages';
import { App } from '../../popup/App';
import { createMockClient } from '../../popup/mock-client';
import { startOpening } from '../../popup/opening';
import { pageArticle, sampleComparison } from '../extension/articles';

// App imports popup/client (for its pure helpers); the polyfill it pulls in throws outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));

afterEach(cleanup);

const other = pageArticle({ title: 'Ferry to sail at night again', outlet: 'Invented Coast Times', url: 'https://coast.example/ferry' });
const tabs = [{ tabId: 9, title: 'Ferry to sail at night again', url: 'https://coast.example/ferry' }];
const compareOk = () => ({ other, comparison: sampleComparison(), via: 'tab' as const, ms: 8 });
const stateOf = () => screen.getByTestId('popup').getAttribute('data-state');

describe('popup App', () => {
  it('shows the extracted article and the choices to compare with', async () => {
    render(<App client={createMockClient({ article: pageArticle(), tabs })} />);
    expect(stateOf()).toBe('extracting');
    await waitFor(() => expect(stateOf()).toBe('ready'));
    expect(screen.getByTestId('article-title').textContent).toBe('Westbrook ferry to resume night crossings');
    expect(screen.getByTestId('article-outlet').textContent).toBe('Invented Harbour News');
    expect(screen.getByTestId('article-date').textContent).toContain('3 Mar 2025');
    expect(screen.getByTestId('article-words').textContent).toContain('26 words');
    await waitFor(() => expect(screen.getAllByTestId('tab-choice')).toHaveLength(1));
  });

  it.each([
    ['the article', pageArticle(), 'ready'],
    ['a page that is no article', { code: 'not-an-article' as const }, 'not-an-article'],
  ])('started before the app loaded (popup/main.tsx), its first frame already shows %s', async (_, article, state) => {
    const client = createMockClient({ article, tabs });
    const opening = startOpening(client);
    await opening.article;
    render(<App client={client} opening={opening} />);
    expect(stateOf()).toBe(state);
    await waitFor(() => expect(screen.getByTestId('popup').getAttribute('data-ready-ms') !== null).toBe(state === 'ready'));
    // The app asked for nothing the opening had already asked.
    expect(client.calls.filter((c) => c.method === 'extract')).toHaveLength(1);
  });

  it.each([
    ['not-an-article', 'not-an-article'],
    ['restricted-page', 'not-an-article'],
    ['internal', 'error'],
  ] as const)('a %s extraction shows one plain sentence (%s state)', async (code, state) => {
    render(<App client={createMockClient({ article: { code, detail: 'at foo (bar.js:1:2)' } })} />);
    await waitFor(() => expect(stateOf()).toBe(state));
    expect(screen.getByTestId('error-sentence').textContent).toBe(ERRORS[code].sentence);
    if (code === 'internal') expect(screen.getByRole('alert').textContent).not.toContain('bar.js');
  });

  it('compares with another tab and lists variants, quotes, wording and only-in sentences', async () => {
    const client = createMockClient({ article: pageArticle(), tabs, compare: compareOk, delayMs: 5 });
    render(<App client={client} />);
    await waitFor(() => screen.getByTestId('tab-choice'));
    fireEvent.click(screen.getByTestId('tab-choice'));
    expect(stateOf()).toBe('comparing');
    await waitFor(() => expect(stateOf()).toBe('compared'));
    expect(client.calls.find((c) => c.method === 'compare')?.args[1]).toEqual({ kind: 'tab', tabId: 9 });
    const variants = screen.getByTestId('variants').querySelectorAll('li');
    expect([...variants].map((li) => li.getAttribute('data-kind'))).toEqual(['case', 'spelling']);
    expect(variants[0].textContent).toContain('NATO → Nato ×2');
    expect(screen.getByTestId('quotes').querySelectorAll('li')).toHaveLength(1); // 'same' quotes are not differences
    // The sample's differences carry no spans, so the aligned view has no pair to show; the legend still
    // names the kinds present (real spans are covered by components/AlignedDiff.test.tsx).
    expect([...screen.getByTestId('wording').querySelectorAll('.legend-item')].map((el) => el.getAttribute('data-kind'))).toEqual(['case', 'wording']);
    expect(screen.getByTestId('only-b').textContent).toContain('Crews are in short supply');
    expect(screen.getByTestId('shared-text').textContent).toBe('Shared text: 74% of Invented Harbour News, 61% of Invented Coast Times');
    fireEvent.click(screen.getByText('← Back'));
    expect(stateOf()).toBe('ready');
  });

  it('hides house-style variants when the reader turned them off', async () => {
    const client = createMockClient({ article: pageArticle(), tabs, compare: compareOk, settings: { ...DEFAULT_SETTINGS, showCosmetic: false, fetchTimeoutSeconds: 15 } });
    render(<App client={client} />);
    await waitFor(() => screen.getByTestId('tab-choice'));
    fireEvent.click(screen.getByTestId('tab-choice'));
    await waitFor(() => expect(stateOf()).toBe('compared'));
    expect(screen.queryByTestId('variants')).toBeNull();
    expect(screen.getByTestId('wording')).toBeTruthy();
  });

  it('asks for the site before fetching a pasted address', async () => {
    const client = createMockClient({ article: pageArticle(), compare: compareOk });
    render(<App client={client} />);
    await waitFor(() => screen.getByTestId('no-tabs'));
    fireEvent.input(screen.getByTestId('url-input'), { target: { value: 'https://coast.example/ferry' } });
    fireEvent.submit(screen.getByTestId('url-input').closest('form')!);
    await waitFor(() => expect(stateOf()).toBe('compared'));
    const methods = client.calls.map((c) => c.method);
    expect(methods.indexOf('requestAccess')).toBeLessThan(methods.indexOf('compare'));
    expect(client.calls.find((c) => c.method === 'requestAccess')?.args[0]).toEqual(['https://coast.example/*']);
  });

  it.each([
    ['a refused permission', 'https://coast.example/ferry', false, 'permission-needed'],
    ['something that is not an address', 'ftp://coast.example/ferry', true, 'fetch-blocked'],
  ])('%s gives a plain error and a way back', async (_name, url, grant, code) => {
    const client = createMockClient({ article: pageArticle(), compare: compareOk, grant });
    render(<App client={client} />);
    await waitFor(() => screen.getByTestId('url-input'));
    fireEvent.input(screen.getByTestId('url-input'), { target: { value: url } });
    fireEvent.submit(screen.getByTestId('url-input').closest('form')!);
    await waitFor(() => expect(stateOf()).toBe('error'));
    expect(screen.getByTestId('error').getAttribute('data-code')).toBe(code);
    expect(client.calls.some((c) => c.method === 'compare')).toBe(false);
    fireEvent.click(screen.getByText('Back'));
    expect(stateOf()).toBe('ready');
  });

  it('offers to read other tabs when none are visible, then lists them', async () => {
    let granted = false;
    const client = createMockClient({ article: pageArticle() });
    const listTabs = client.listTabs;
    client.listTabs = async (id) => (granted ? { ok: true, value: tabs } : listTabs(id));
    client.requestAccess = async () => (granted = true);
    render(<App client={client} />);
    await waitFor(() => screen.getByTestId('allow-tabs'));
    fireEvent.click(screen.getByTestId('allow-tabs'));
    await waitFor(() => expect(screen.getAllByTestId('tab-choice')).toHaveLength(1));
  });
});
