import { useEffect, useReducer, useState } from 'preact/hooks';
import type { CompareTarget, Settings, TabChoice } from '../extension/messages';
import { DEFAULT_SETTINGS } from '../extension/messages';
import { ALL_SITES, sitePattern, type ParallaxClient } from './client';
import { ArticleSummary } from './components/ArticleSummary';
import { CompareChooser } from './components/CompareChooser';
import { ComparisonList } from './components/ComparisonList';
import { ErrorView } from './components/ErrorView';
import { hostOf } from './format';
import { INITIAL_STATE, reduce } from './state';

/**
 * The popup: extracting · not-an-article · ready · comparing · compared · error (popup/state.ts).
 * `data-state` on the root lets tests and screenshots wait for a screen instead of for time.
 */
export function App({ client, startedAt = performance.now() }: { client: ParallaxClient; startedAt?: number }) {
  const [state, dispatch] = useReducer(reduce, INITIAL_STATE);
  const [tabId, setTabId] = useState<number | null>(null);
  const [tabs, setTabs] = useState<TabChoice[] | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [readyMs, setReadyMs] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    void client.getSettings().then((s) => live && s.ok && setSettings(s.value));
    void (async () => {
      const id = await client.targetTabId();
      if (!live) return;
      if (id === null) {
        dispatch({ type: 'extract-failed', error: { code: 'restricted-page', detail: 'no tab to read' } });
        return;
      }
      setTabId(id);
      const outcome = await client.extract(id);
      if (!live) return;
      if (outcome.ok) {
        dispatch({ type: 'extracted', article: outcome.value });
        setReadyMs(Math.round(performance.now() - startedAt));
      } else dispatch({ type: 'extract-failed', error: outcome.error });
    })();
    return () => {
      live = false;
    };
  }, [client]);

  const loadTabs = async (id: number) => {
    const outcome = await client.listTabs(id);
    setTabs(outcome.ok ? outcome.value : []);
  };
  useEffect(() => {
    if (state.status === 'ready' && tabId !== null && tabs === null) void loadTabs(tabId);
  }, [state.status, tabId]);

  const compare = async (target: CompareTarget, label: string) => {
    if (state.status !== 'ready' && state.status !== 'compared' && state.status !== 'error') return;
    const article = state.article;
    if (!article) return;
    dispatch({ type: 'compare-started', label });
    const outcome = await client.compare(article, target);
    dispatch(outcome.ok ? { type: 'compare-done', result: outcome.value } : { type: 'compare-failed', error: outcome.error });
  };

  const onUrl = async (url: string) => {
    const pattern = sitePattern(url);
    if (!pattern) {
      dispatch({ type: 'compare-started', label: url });
      dispatch({ type: 'compare-failed', error: { code: 'fetch-blocked', detail: 'that is not a web address' } });
      return;
    }
    // First await of the click handler: the browser only shows its permission prompt inside the gesture.
    const granted = await client.requestAccess([pattern]);
    if (!granted) {
      dispatch({ type: 'compare-started', label: url });
      dispatch({ type: 'compare-failed', error: { code: 'permission-needed', detail: hostOf(url) } });
      return;
    }
    await compare({ kind: 'url', url }, hostOf(url));
  };

  const onAllowTabs = async () => {
    if (await client.requestAccess(ALL_SITES)) {
      setTabs(null);
      if (tabId !== null) await loadTabs(tabId);
    }
  };

  return (
    <main class="popup" data-testid="popup" data-state={state.status} data-ready-ms={readyMs ?? undefined}>
      <header class="brand">
        <span class="logo" aria-hidden="true" />
        <span class="brand-name">Parallax</span>
        <button type="button" class="link settings-link" onClick={() => client.openOptions()}>
          Options
        </button>
      </header>
      {state.status === 'extracting' && (
        <p class="quiet" data-testid="extracting">
          Reading the article…
        </p>
      )}
      {state.status === 'not-an-article' && <ErrorView error={state.error} />}
      {state.status === 'error' && !state.article && <ErrorView error={state.error} />}
      {(state.status === 'ready' || state.status === 'comparing' || state.status === 'compared' || (state.status === 'error' && state.article)) && (
        <ArticleSummary article={state.article!} compact={state.status === 'compared'} />
      )}
      {state.status === 'ready' && (
        <CompareChooser tabs={tabs} onTab={(t) => void compare({ kind: 'tab', tabId: t.tabId }, t.title)} onUrl={(u) => void onUrl(u)} onAllowTabs={() => void onAllowTabs()} />
      )}
      {state.status === 'comparing' && (
        <p class="quiet" data-testid="comparing">
          Comparing with {state.label}…
        </p>
      )}
      {state.status === 'compared' && (
        <ComparisonList result={state.result} ownOutlet={state.article.outlet} showCosmetic={settings.showCosmetic} onBack={() => dispatch({ type: 'back' })} />
      )}
      {state.status === 'error' && state.article && <ErrorView error={state.error} onBack={() => dispatch({ type: 'back' })} />}
    </main>
  );
}
