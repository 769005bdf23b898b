// A popup reopened over a page an earlier popup highlighted: the page's content script is asked (through
// the mock client, whose page keeps what was painted) once the article is on screen, and the switch of
// the card or the manual comparison it names shows on; switching it off clears the page.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../extension/messages';
import { App } from '../../popup/App';
import type { HighlightStatus, Outcome } from '../../popup/client';
import type { CoverageItem, CoverageSession } from '../../popup/components/coverage-types';
import { createMockClient, type MockScript } from '../../popup/mock-client';
import { pageArticle, sampleComparison } from '../extension/articles';
import { card, compared } from './coverage-items';

vi.mock('webextension-polyfill', () => ({ default: {} }));
afterEach(cleanup);

const session = (items: CoverageItem[], done: boolean): CoverageSession => ({
  articleId: 'harbour.example/ferry', query: { entities: ['Westbrook'], keywords: ['ferry'], lang: 'en', from: '', to: '', excludeOutlet: '' },
  providers: [{ id: 'bing', label: 'Bing News', state: done ? 'done' : 'searching', found: items.length }], items, done, startedAt: 0,
});
const loaded = (itemId: string) => ({ itemId, comparison: sampleComparison(), paragraphs: ['The ferry resumes its crossings in April.'] });
const acknowledged: Settings = { ...DEFAULT_SETTINGS, privacyAcknowledged: true };
const coast = pageArticle({ outlet: 'Invented Coast Times', url: 'https://coast.example/ferry' });
const manual = { tabs: [{ tabId: 9, title: 'Coast', url: coast.url }], compare: () => ({ other: coast, comparison: sampleComparison(), via: 'tab' as const, ms: 3 }) };

const cardOf = (id: string) => screen.getAllByTestId('card').find((c) => c.getAttribute('data-id') === id)!;
const switchIn = (scope: Element) => scope.querySelector<HTMLInputElement>('[data-testid="highlight-toggle"]');
const highlights = (client: ReturnType<typeof createMockClient>) => client.calls.filter((c) => c.method === 'highlight').map((c) => c.args);

/** Renders the app; `onStatus` sees the screen at the moment the page's status is asked for and answered. */
function open(script: MockScript, onStatus?: (moment: 'asked' | 'answered') => void) {
  const client = createMockClient({ article: pageArticle(), settings: acknowledged, delayMs: 2, ...script });
  const status = client.highlightStatus.bind(client);
  client.highlightStatus = async (tabId): Promise<Outcome<HighlightStatus>> => {
    onStatus?.('asked');
    const answer = await status(tabId);
    onStatus?.('answered');
    return answer;
  };
  render(<App client={client} />);
  return client;
}

describe('popup reopened over a highlighted page', () => {
  it('asks the page only once the article is on screen, and once', async () => {
    const seen: string[] = [];
    const client = open({ painted: { key: 'north' }, sessions: [session([compared('north')], true)], comparisons: { north: loaded('north') } }, (moment) => {
      if (moment === 'asked') seen.push(`${screen.getByTestId('popup').getAttribute('data-state')} ${screen.queryByTestId('article-title')?.textContent}`);
    });
    await waitFor(() => expect(switchIn(cardOf('north'))?.checked).toBe(true));
    expect(seen).toEqual(['ready Westbrook ferry to resume night crossings']);
    expect(client.calls.filter((c) => c.method === 'highlightStatus').map((c) => c.args)).toEqual([[1]]);
  });

  it('lights the card when it streams in after the answer, says again what was missed, and switches off', async () => {
    const cardsWhenAnswered: number[] = [];
    const client = open(
      {
        painted: { key: 'north', missed: 2 },
        // The answer comes while the list is still empty; the card arrives, reading, then compared.
        sessions: [session([], false), session([], false), session([card('north', { state: 'fetching' }), compared('south')], false), session([compared('north'), compared('south')], true)],
        comparisons: { north: loaded('north'), south: loaded('south') },
      },
      (moment) => moment === 'answered' && cardsWhenAnswered.push(screen.queryAllByTestId('card').length),
    );
    await waitFor(() => expect(switchIn(cardOf('north'))?.checked).toBe(true));
    expect(cardsWhenAnswered).toEqual([0]);
    expect(switchIn(cardOf('south'))).toBeNull();
    expect(client.calls.filter((c) => c.method === 'loadComparison').map((c) => c.args[1])).toEqual(['north']);
    expect(screen.getByTestId('highlight-note').textContent).toBe('2 passages could not be found in the page.');

    fireEvent.click(switchIn(cardOf('north'))!);
    await waitFor(() => expect(screen.queryByTestId('highlight-note')).toBeNull());
    expect(switchIn(cardOf('north'))?.checked).toBe(false);
    expect(highlights(client)).toEqual([[1, null]]);
    expect(await client.highlightStatus(1)).toMatchObject({ ok: true, value: { key: null, mode: 'off' } });
  });

  it.each([
    ['nothing painted', undefined],
    ['a page that does not answer (reloaded: its content script is new)', { code: 'internal' as const, detail: 'no receiver' }],
  ])('shows nothing on when the page says so: %s', async (_, painted) => {
    const client = open({ painted, sessions: [session([compared('north')], true)], comparisons: { north: loaded('north') } });
    await waitFor(() => expect(client.calls.some((c) => c.method === 'highlightStatus')).toBe(true));
    await waitFor(() => screen.getByTestId('card'));
    await new Promise((done) => setTimeout(done, 20));
    expect(screen.getByTestId('expand').getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByTestId('highlight-toggle')).toBeNull();
    expect(screen.queryByTestId('highlight-note')).toBeNull();
  });

  it('turns the manual comparison’s switch on when the reader compares with the same article again, not another', async () => {
    const client = open({ painted: { key: 'compare', of: coast.url }, sessions: [], ...manual });
    await waitFor(() => expect(client.calls.some((c) => c.method === 'highlightStatus')).toBe(true));
    await waitFor(() => screen.getByTestId('tab-choice'));
    fireEvent.click(screen.getByTestId('tab-choice'));
    await waitFor(() => expect((screen.getByTestId('highlight-toggle') as HTMLInputElement).checked).toBe(true));
    fireEvent.click(screen.getByTestId('highlight-toggle'));
    await waitFor(() => expect(highlights(client)).toEqual([[1, null]]));
    await new Promise((done) => setTimeout(done, 10));
    expect((screen.getByTestId('highlight-toggle') as HTMLInputElement).checked).toBe(false);
    cleanup();

    const elsewhere = { ...manual, compare: () => ({ ...manual.compare(), other: { ...coast, url: 'https://coast.example/another-story' } }) };
    const again = open({ painted: { key: 'compare', of: coast.url }, sessions: [], ...elsewhere });
    await waitFor(() => expect(again.calls.some((c) => c.method === 'highlightStatus')).toBe(true));
    await waitFor(() => screen.getByTestId('tab-choice'));
    fireEvent.click(screen.getByTestId('tab-choice'));
    await waitFor(() => screen.getByTestId('highlight-toggle'));
    expect((screen.getByTestId('highlight-toggle') as HTMLInputElement).checked).toBe(false);
  });

  it('keeps the manual comparison’s painting off the cards', async () => {
    const client = open({ painted: { key: 'compare', of: coast.url }, sessions: [session([compared('north')], true)], comparisons: { north: loaded('north') }, ...manual });
    await waitFor(() => expect(client.calls.some((c) => c.method === 'highlightStatus')).toBe(true));
    fireEvent.click(await screen.findByTestId('expand'));
    await waitFor(() => screen.getByTestId('highlight-toggle'));
    expect((screen.getByTestId('highlight-toggle') as HTMLInputElement).checked).toBe(false);
  });

  it('a late answer does not undo the reader’s own switch', async () => {
    let release = () => {};
    const gate = new Promise<void>((done) => (release = done));
    const client = createMockClient({ article: pageArticle(), settings: acknowledged, delayMs: 2, painted: { key: 'south' }, sessions: [session([compared('north'), compared('south')], true)], comparisons: { north: loaded('north'), south: loaded('south') } });
    const status = client.highlightStatus.bind(client);
    client.highlightStatus = async (tabId) => {
      const answer = await status(tabId); // what the page said before the reader's click
      await gate;
      return answer;
    };
    render(<App client={client} />);
    await waitFor(() => expect(client.calls.some((c) => c.method === 'highlightStatus')).toBe(true));
    await screen.findAllByTestId('card');
    fireEvent.click(within(cardOf('north'), '[data-testid="expand"]'));
    await waitFor(() => expect(switchIn(cardOf('north'))).not.toBeNull());
    fireEvent.click(switchIn(cardOf('north'))!);
    await waitFor(() => expect(highlights(client)).toHaveLength(1));
    await new Promise((done) => setTimeout(done, 10));
    expect(switchIn(cardOf('north'))?.checked).toBe(true);
    release();
    await new Promise((done) => setTimeout(done, 20));
    expect(switchIn(cardOf('north'))?.checked).toBe(true);
    expect(switchIn(cardOf('south'))).toBeNull();
  });
});

const within = (scope: Element, selector: string) => scope.querySelector(selector)!;
