import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CoverageList } from '../../../popup/components/CoverageList';
import type { CoverageItem, CoverageSession } from '../../../popup/components/coverage-types';
import { NothingFound } from '../../../popup/components/NothingFound';
import { byUsefulness } from '../../../popup/components/usefulness';
import { setMessageGetter } from '../../../popup/i18n';
import { demoComparison } from '../demo-story';

afterEach(cleanup);

const demo = demoComparison();
const evidence = { cosine: 0.9, entityOverlap: 0.8, sharedEntities: ['NATO'], quoteOverlap: 0.5, timeGapHours: 2 } as unknown as NonNullable<CoverageItem['match']>['evidence'];
const counts = (meaningful: number, similarity = 0.8) => ({ similarity, sharedText: { a: 0.7, b: 0.58 }, variants: 11, quoteChanges: 1, onlyHere: 3, onlyInReader: 0, meaningful, partial: false });
const item = (id: string, over: Partial<CoverageItem> = {}): CoverageItem => ({
  id, url: `https://${id}.example/story`, outlet: id, title: `${id} headline`, publishedTime: '2025-02-26T18:00:00Z', providers: ['tabs'], preScore: 0.5, state: 'compared', ...over,
});
const session = (items: CoverageItem[], done = true): CoverageSession => ({
  articleId: 'a', query: {} as CoverageSession['query'], startedAt: 0, done, items,
  providers: [
    { id: 'gdelt', label: 'GDELT', state: done ? 'done' : 'searching', found: 2 },
    { id: 'bing', label: 'Bing News', state: 'failed', found: 0, message: 'Bing did not answer within 20 s.' },
  ],
});
const reader = { outlet: demo.a.outlet, paragraphs: demo.a.paragraphs, publishedTime: '2025-02-26T14:00:00Z' };
const same = (score: number) => ({ score, verdict: 'same-story' as const, evidence });

describe('byUsefulness', () => {
  it('puts the same story first, then the most meaningful differences, dismissed and failed last', () => {
    const items = [
      item('related', { match: { score: 0.5, verdict: 'related', evidence }, counts: counts(9) }),
      item('dismissed', { match: same(0.9), counts: counts(20), dismissed: true }),
      item('few', { match: same(0.9), counts: counts(1) }),
      item('failed', { state: 'failed' }),
      item('many', { match: same(0.8), counts: counts(6) }),
      item('pending', { state: 'fetching' }),
    ];
    expect(byUsefulness(items).map((i) => i.id)).toEqual(['many', 'few', 'pending', 'related', 'failed', 'dismissed']);
  });
});

describe('CoverageList', () => {
  const load = async () => ({ itemId: 'north', comparison: demo.comparison, paragraphs: demo.b.paragraphs });
  const base = { reader, hideStyleDefault: false, load, onDismiss: () => {}, onOpenFull: () => 'compare.html?key=k' };

  it('shows one card per outlet with verdict, confidence, time, counts and folded wire copies', () => {
    render(<CoverageList {...base} session={session([item('north', { outlet: 'The Northgate Chronicle', match: same(0.86), counts: counts(5), wireCopies: [{ id: 'r', outlet: 'Riverbend Daily Post', url: 'https://r' }, { id: 's', outlet: 'S', url: 'https://s' }] })])} />);
    const card = screen.getByTestId('card');
    expect(card.getAttribute('data-verdict')).toBe('same-story');
    expect(screen.getByTestId('verdict').textContent).toBe('Same story');
    expect(card.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')).toBe('86');
    expect(card.textContent).toContain('4 h after yours');
    expect(screen.getByTestId('count-shared').textContent).toBe('58% same text');
    expect(screen.getByTestId('count-variants').textContent).toBe('11 house-style variants');
    expect(screen.getByTestId('count-quotes').textContent).toBe('1 quote change');
    expect(screen.getByTestId('count-only').textContent).toBe('3 facts only here');
    expect(screen.getByTestId('wire-copies').textContent).toBe('Same wire story, also run by 2 outlets: Riverbend Daily Post, S');
    // The card and its two wire copies: three outlets carry the story.
    expect(screen.getByTestId('coverage-summary').textContent).toBe('3 outlets carry the same story.');
  });

  it.each([
    [{ wireSource: 'Atlas Wire' }, 1, 'Atlas Wire story, also run by 1 outlet: Riverbend Daily Post'],
    [{ wireSource: 'Atlas Wire' }, 2, 'Atlas Wire story, also run by 2 outlets: Riverbend Daily Post, The Lakeside Ledger'],
    [{}, 1, 'Same wire story, also run by 1 outlet: Riverbend Daily Post'],
  ])('names the wire when the texts do (%j, %i copies)', (over, n, line) => {
    const copies = [
      { id: 'r', outlet: 'Riverbend Daily Post', url: 'https://r' },
      { id: 'l', outlet: 'The Lakeside Ledger', url: 'https://l' },
    ].slice(0, n);
    render(<CoverageList {...base} session={session([item('north', { outlet: 'Riverbend', match: same(0.9), counts: counts(1), wireCopies: copies, ...over })])} />);
    expect(screen.getByTestId('wire-copies').textContent).toBe(line);
  });

  it('shows the card’s top house-style pairs as chips before it is expanded, and hides them with house style', () => {
    const top = demo.comparison.variants.slice(0, 4);
    const withTop = { ...counts(5), topVariants: top };
    const { rerender } = render(<CoverageList {...base} session={session([item('north', { match: same(0.9), counts: withTop })])} />);
    const chips = [...screen.getByTestId('card-chips').querySelectorAll('li')];
    const kinds = top.map((v) => v.kind);
    expect(chips.map((li) => li.getAttribute('data-kind'))).toEqual([...kinds.filter((k) => k !== 'punctuation'), ...kinds.filter((k) => k === 'punctuation')]);
    expect(screen.getByTestId('card-chips').textContent).toContain(`…and ${11 - top.length} more`);
    fireEvent.click(screen.getByTestId('hide-style'));
    expect(screen.queryByTestId('card-chips')).toBeNull();
    rerender(<CoverageList {...base} session={session([item('north', { match: same(0.9), counts: counts(5) })])} />);
    expect(screen.queryByTestId('card-chips')).toBeNull();
  });

  it('folds an open card with Escape and gives the focus back to its button', async () => {
    render(<CoverageList {...base} session={session([item('north', { match: same(0.9), counts: counts(5) })])} />);
    const expand = screen.getByTestId('expand');
    expand.focus();
    fireEvent.click(expand);
    await waitFor(() => screen.getByTestId('variants'));
    fireEvent.keyDown(screen.getByTestId('variants'), { key: 'Escape' });
    expect(screen.queryByTestId('variants')).toBeNull();
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(expand);
  });

  it('offers the in-page highlights of an expanded card', async () => {
    const toggles: [string, boolean][] = [];
    render(<CoverageList {...base} highlight={{ itemId: null, toggle: (i, c, on) => void toggles.push([i.id, on]) }} session={session([item('north', { match: same(0.9), counts: counts(5) })])} />);
    fireEvent.click(screen.getByTestId('expand'));
    await waitFor(() => screen.getByTestId('highlight-toggle'));
    fireEvent.click(screen.getByTestId('highlight-toggle'));
    expect(toggles).toEqual([['north', true]]);
  });

  // A reopened popup over a painted page: the lit card shows its switch on as soon as it can (it may
  // stream in as "reading" first), and only that card.
  it('opens the lit card by itself once it has a comparison, its switch on, and lets it be folded', async () => {
    const toggles: [string, boolean][] = [];
    const highlight = { itemId: 'north', toggle: (i: CoverageItem, _: unknown, on: boolean) => void toggles.push([i.id, on]) };
    const streaming = [item('north', { state: 'fetching' }), item('south', { match: same(0.8), counts: counts(4) })];
    const { rerender } = render(<CoverageList {...base} highlight={highlight} session={session(streaming, false)} />);
    expect(screen.queryByTestId('highlight-toggle')).toBeNull();
    rerender(<CoverageList {...base} highlight={highlight} session={session([item('north', { match: same(0.9), counts: counts(5) }), streaming[1]])} />);
    await waitFor(() => screen.getByTestId('highlight-toggle'));
    const north = screen.getAllByTestId('card').find((c) => c.getAttribute('data-id') === 'north')!;
    expect(north.querySelector<HTMLInputElement>('[data-testid="highlight-toggle"]')!.checked).toBe(true);
    expect(screen.getAllByTestId('highlight-toggle')).toHaveLength(1);
    fireEvent.click(north.querySelector('[data-testid="expand"]')!);
    expect(screen.queryByTestId('highlight-toggle')).toBeNull();
    rerender(<CoverageList {...base} highlight={highlight} session={session([item('north', { match: same(0.9), counts: counts(6) }), streaming[1]])} />);
    expect(screen.queryByTestId('highlight-toggle')).toBeNull();
    expect(toggles).toEqual([]);
  });

  it('can still switch a lit card off when its comparison cannot be loaded', async () => {
    const toggles: [string, unknown, boolean][] = [];
    render(
      <CoverageList
        {...base}
        load={async () => null}
        highlight={{ itemId: 'north', toggle: (i, c, on) => void toggles.push([i.id, c, on]) }}
        session={session([item('north', { match: same(0.9), counts: counts(5) })])}
      />,
    );
    await waitFor(() => screen.getByText(/no longer available/));
    fireEvent.click(screen.getByTestId('highlight-toggle'));
    expect(toggles).toEqual([['north', null, false]]);
  });

  it('says why a candidate could not be read from the message catalogue (so it is translated), with the site', () => {
    const failed = (id: string, reason: string, message: string) =>
      item(id, { state: 'failed', url: `https://www.${id}.example/story`, failure: { reason, message } as NonNullable<CoverageItem['failure']> });
    render(<CoverageList {...base} session={session([failed('meridian', 'paywall', 'English from the background'), failed('odd', 'made-up-reason', 'The background’s own sentence.')])} />);
    const sentences = screen.getAllByTestId('card-failure').map((p) => p.textContent);
    expect(sentences).toContain('The article on meridian.example is behind a paywall.');
    expect(sentences).toContain('The background’s own sentence.');
    cleanup();
    setMessageGetter((key, subs) => (key === 'failurePaywall' ? `Der Artikel auf ${subs[0]} ist hinter einer Bezahlschranke.` : ''));
    try {
      render(<CoverageList {...base} session={session([failed('meridian', 'paywall', 'English from the background')])} />);
      expect(screen.getByTestId('card-failure').textContent).toBe('Der Artikel auf meridian.example ist hinter einer Bezahlschranke.');
    } finally {
      setMessageGetter(null);
    }
  });

  it('shows progress per provider while searching, with a failed provider’s sentence', () => {
    render(<CoverageList {...base} session={session([item('north', { state: 'fetching' })], false)} />);
    const rows = screen.getByTestId('providers').querySelectorAll('li');
    expect([...rows].map((r) => r.getAttribute('data-state'))).toEqual(['searching', 'failed']);
    expect(rows[1].textContent).toContain('Bing did not answer within 20 s.');
    expect(screen.getByTestId('card').textContent).toContain('Reading this version…');
  });

  it('expands a card into chips and the aligned diff, loaded on demand', async () => {
    let loads = 0;
    render(<CoverageList {...base} load={async (id) => (loads++, { ...(await load()), itemId: id })} session={session([item('north', { outlet: 'The Northgate Chronicle', match: same(0.9), counts: counts(5) })])} />);
    expect(screen.queryByTestId('variants')).toBeNull();
    fireEvent.click(screen.getByTestId('expand'));
    await waitFor(() => screen.getByTestId('variants'));
    expect(loads).toBe(1);
    expect(screen.getByTestId('expand').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('variants').querySelector('li[data-kind="case"] .b')?.textContent).toBe('Nato');
    expect(screen.getAllByTestId('pair').length).toBeGreaterThan(3);
  });

  it('says so when the comparison behind a card is gone', async () => {
    render(<CoverageList {...base} load={async () => null} session={session([item('north', { match: same(0.9), counts: counts(5) })])} />);
    fireEvent.click(screen.getByTestId('expand'));
    await waitFor(() => expect(screen.getByTestId('card').textContent).toContain('no longer available'));
  });

  it('"not the same story" reports the card and can be undone', () => {
    const calls: [string, boolean][] = [];
    const { rerender } = render(<CoverageList {...base} onDismiss={(id, d) => calls.push([id, d])} session={session([item('north', { match: same(0.9), counts: counts(5) })])} />);
    fireEvent.click(screen.getByTestId('dismiss'));
    rerender(<CoverageList {...base} onDismiss={(id, d) => calls.push([id, d])} session={session([item('north', { match: same(0.9), counts: counts(5), dismissed: true })])} />);
    expect(screen.getByTestId('dismiss').textContent).toBe('Undo “not the same story”');
    fireEvent.click(screen.getByTestId('dismiss'));
    expect(calls).toEqual([['north', true], ['north', false]]);
  });
});

describe('NothingFound', () => {
  it('says what was tried and offers the tab-or-address way', () => {
    let clicked = 0;
    render(<NothingFound providers={session([]).providers.concat({ id: 'guardian', label: 'Guardian', state: 'off', found: 0 })} query="NATO cables Geneva" onCompareInstead={() => clicked++} />);
    expect(screen.getByTestId('nothing-found').textContent).toContain('Searched: GDELT, Bing News.');
    expect(screen.getByTestId('nothing-found').textContent).toContain('NATO cables Geneva');
    fireEvent.click(screen.getByTestId('compare-instead'));
    expect(clicked).toBe(1);
  });
});
