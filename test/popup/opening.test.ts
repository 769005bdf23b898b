import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../extension/messages';
import { createMockClient } from '../../popup/mock-client';
import { startOpening, type DiscoveryUpdate } from '../../popup/opening';
import { pageArticle } from '../extension/articles';

const session = (done: boolean) => ({
  articleId: 'https://harbour.example/ferry',
  query: { entities: [], keywords: [], lang: 'en', from: '', to: '', excludeOutlet: '' },
  providers: [],
  items: [],
  done,
  startedAt: 0,
});

describe('the popup’s opening', () => {
  it.each([
    ['consent given: searches at once, for the tab', true, pageArticle(), 1],
    ['consent not given: asks nothing yet', false, pageArticle(), 0],
    ['no article: nothing to search for', true, { code: 'not-an-article' as const }, 0],
  ])('%s', async (_, privacyAcknowledged, article, searches) => {
    const client = createMockClient({ tabId: 6, article, settings: { ...DEFAULT_SETTINGS, privacyAcknowledged }, sessions: [session(true)] });
    const opening = startOpening(client);
    const early = await opening.discovery;
    expect(early !== null).toBe(searches === 1);
    const discover = client.calls.filter((c) => c.method === 'discover');
    expect(discover).toHaveLength(searches);
    if (searches) expect(discover[0].args[1]).toEqual({ restart: false, tabId: 6 });
  });

  it('keeps what discovery sent before the app listened, then streams', async () => {
    const client = createMockClient({ article: pageArticle(), settings: { ...DEFAULT_SETTINGS, privacyAcknowledged: true }, sessions: [session(false), session(true)] });
    const early = (await startOpening(client).discovery)!;
    await new Promise((done) => setTimeout(done, 20)); // both updates arrive with no one listening
    const seen: DiscoveryUpdate[] = [];
    early.listen((u) => seen.push(u));
    expect(seen.map((u) => 'session' in u && u.session.done)).toEqual([false, true]);
  });

  it('records what has settled, for the app’s first render', async () => {
    const client = createMockClient({ tabId: 3, article: pageArticle() });
    const opening = startOpening(client);
    expect(opening.known.article).toBeUndefined();
    await opening.article;
    expect(opening.known).toMatchObject({ tabId: 3, article: { ok: true, value: pageArticle() } });
  });

  it('no tab: no article and no search', async () => {
    const client = createMockClient({ tabId: null });
    const opening = startOpening(client);
    expect(await opening.article).toBeNull();
    expect(await opening.discovery).toBeNull();
    expect(client.calls.some((c) => c.method === 'extract')).toBe(false);
  });
});
