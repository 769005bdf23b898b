// The toolbar badge: same-story outlets only, set once per change, quiet when the tab is gone.
import { describe, expect, it } from 'vitest';
import { badgeText, createBadge, sameStoryOutlets } from '../../../extension/background/badge';
import type { CoverageItem, CoverageSession } from '../../../extension/coverage';

const evidence = {} as NonNullable<CoverageItem['match']>['evidence'];
const item = (verdict: 'same-story' | 'related' | 'different' | null, over: Partial<CoverageItem> = {}): CoverageItem => ({
  id: Math.random().toString(36), url: 'https://x.example/a', outlet: 'X', title: 'x', publishedTime: null, providers: ['bing'], preScore: 0.5,
  state: verdict ? 'compared' : 'pending', ...(verdict ? { match: { score: 0.9, verdict, evidence } } : {}), ...over,
});
const session = (items: CoverageItem[]): CoverageSession => ({ articleId: 'a', query: {} as CoverageSession['query'], providers: [], items, done: true, startedAt: 0 });

describe('sameStoryOutlets', () => {
  it.each([
    [[], 0, ''],
    [[item('same-story'), item('related'), item('different'), item(null)], 1, '1'],
    [[item('same-story'), item('same-story', { wireOf: 'r' }), item('same-story', { dismissed: true })], 2, '2'],
    [[item('same-story', { revision: { savedAt: 1 } })], 0, ''],
    [[item('same-story', { id: 'rep', dismissed: true }), item('same-story', { wireOf: 'rep' }), item('same-story')], 1, '1'],
    [Array.from({ length: 120 }, () => item('same-story')), 120, '99+'],
  ])('%#: counts %i, shows %j', (items, n, text) => {
    expect(sameStoryOutlets(session(items))).toBe(n);
    expect(badgeText(session(items))).toBe(text);
  });
});

describe('createBadge', () => {
  it('sets text, colour and title per tab, only when the text changes', async () => {
    const calls: string[] = [];
    const badge = createBadge({
      action: {
        setBadgeText: async (tab, text) => void calls.push(`text ${tab} ${text}`),
        setBadgeBackgroundColor: async (tab) => void calls.push(`colour ${tab}`),
        setTitle: async (tab, title) => void calls.push(`title ${tab} ${title}`),
      },
      i18n: { getMessage: (key, subs) => (key === 'badgeTitle' ? `${subs[0]} outlets carry the same story` : '') },
    });
    await badge.show(3, session([item('same-story'), item('same-story')]));
    await badge.show(3, session([item('same-story'), item('same-story')]));
    await badge.show(3, session([item('same-story', { dismissed: true }), item('same-story')]));
    expect(calls).toEqual(['colour 3', 'text 3 2', 'title 3 2 outlets carry the same story', 'colour 3', 'text 3 1', 'title 3 1 outlets carry the same story']);
  });

  it('shrugs off a closed tab and tries again next time', async () => {
    let fail = true;
    const texts: string[] = [];
    const badge = createBadge({
      action: {
        setBadgeText: async (_tab, text) => {
          if (fail) throw new Error('No tab with id: 3.');
          texts.push(text);
        },
        setBadgeBackgroundColor: async () => {},
        setTitle: async () => {},
      },
    });
    await expect(badge.show(3, session([item('same-story')]))).resolves.toBeUndefined();
    fail = false;
    await badge.show(3, session([item('same-story')]));
    expect(texts).toEqual(['1']);
  });
});
