import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { CompareTarget, PageArticle, Settings, TabChoice } from '../extension/messages';
import { DEFAULT_SETTINGS } from '../extension/messages';
import { ALL_SITES, buildHighlightPlan, sitePattern, type DiscoveryHandle, type ParallaxClient } from './client';
import { comparePageUrl, saveHandoff } from './compare-page/handoff';
import { ArticleSummary } from './components/ArticleSummary';
import { CompareChooser } from './components/CompareChooser';
import { ComparisonList } from './components/ComparisonList';
import { CoverageList } from './components/CoverageList';
import type { CoverageComparison, CoverageSession } from './components/coverage-types';
import { ErrorView } from './components/ErrorView';
import { NothingFound } from './components/NothingFound';
import { ProviderNotes } from './components/ProviderNotes';
import { SearchAccess } from './components/SearchAccess';
import { SearchPrivacy } from './components/SearchPrivacy';
import { PALETTES } from './components/palettes';
import type { Comparison } from '../src/comparison';
import { hostOf } from './format';
import { t } from './i18n';
import { startOpening, type DiscoveryUpdate, type Opening } from './opening';
import { INITIAL_DISCOVERY, INITIAL_STATE, reduce, reduceDiscovery, type PopupState } from './state';

/** The search providers' sites, asked for on the first-use click (the gesture the browser requires). */
function providerPatterns(s: Settings): string[] {
  const bases: [boolean, string][] = [
    [s.providers.bing, s.bingBaseUrl],
    [s.providers['google-news'], s.googleNewsBaseUrl],
    [s.providers.gdelt, s.gdeltBaseUrl],
    [s.providers.guardian && !!s.guardianApiKey, s.guardianBaseUrl],
  ];
  return [...new Set(bases.filter(([on]) => on).map(([, base]) => sitePattern(base)).filter((p): p is string => !!p))];
}

/** Same-story and related versions, wire copies folded into the card of the text they copy. */
function shownSession(session: CoverageSession): CoverageSession {
  return { ...session, items: session.items.filter((i) => !i.wireOf && i.match?.verdict !== 'different') };
}

/** The first screen from what the opening already knows (popup/opening.ts): often the article itself. */
function initialState(opening: Opening): PopupState {
  const outcome = opening.known.article;
  if (outcome === undefined) return INITIAL_STATE;
  if (outcome === null) return reduce(INITIAL_STATE, { type: 'extract-failed', error: NO_TAB });
  return reduce(INITIAL_STATE, outcome.ok ? { type: 'extracted', article: outcome.value } : { type: 'extract-failed', error: outcome.error });
}

const NO_TAB = { code: 'restricted-page', detail: 'no tab to read' } as const;

/**
 * The popup: extracting · not-an-article · ready · comparing · compared · error (popup/state.ts).
 * `data-state` on the root lets tests and screenshots wait for a screen instead of for time.
 * `opening`: the first moves, already started by popup/main.tsx while this component's code loaded;
 * without it (tests, previews) the app starts them itself.
 */
export function App({ client, startedAt = performance.now(), opening: given }: { client: ParallaxClient; startedAt?: number; opening?: Opening }) {
  const [opening] = useState(() => given ?? startOpening(client));
  const [state, dispatch] = useReducer(reduce, opening, initialState);
  const [tabId, setTabId] = useState<number | null>(opening.known.tabId ?? null);
  const [tabs, setTabs] = useState<TabChoice[] | null>(null);
  const [settings, setSettings] = useState<Settings>(opening.known.settings ?? DEFAULT_SETTINGS);
  const [readyMs, setReadyMs] = useState<number | null>(null);
  // The tab id for callbacks created before the state update lands (discovery starts in the same tick).
  const tabRef = useRef<number | null>(opening.known.tabId ?? null);
  const [discovery, dispatchDiscovery] = useReducer(reduceDiscovery, INITIAL_DISCOVERY);
  const handle = useRef<DiscoveryHandle | null>(null);
  /** What the page shows: the manual comparison ('compare', `of` the other article's address), one card's id, or nothing. */
  const [highlighted, setHighlighted] = useState<{ key: string; of: string | null } | null>(null);
  const [highlightNote, setHighlightNote] = useState<string | null>(null);
  /** Counts the reader's switches, so a page status that answers after one of them cannot undo it. */
  const paints = useRef(0);
  const statusAsked = useRef(false);

  const onDiscovery = (update: DiscoveryUpdate) =>
    dispatchDiscovery('session' in update ? { type: 'session', session: update.session } : { type: 'search-failed', error: update.error });
  const startDiscovery = (article: PageArticle, restart = false) => {
    handle.current?.close();
    dispatchDiscovery({ type: 'search-started' });
    handle.current = client.discover(article, onDiscovery, { restart, ...(tabRef.current === null ? {} : { tabId: tabRef.current }) });
  };
  useEffect(() => () => handle.current?.close(), [client]);

  // The first moment the article is on screen (layout effects run after the DOM holds it, before paint).
  useLayoutEffect(() => {
    if (state.status === 'ready' && readyMs === null) setReadyMs(Math.round(performance.now() - startedAt));
  }, [state.status]);

  useEffect(() => {
    let live = true;
    void opening.settings.then((value) => live && setSettings(value));
    void (async () => {
      const id = await opening.tabId;
      if (!live) return;
      if (id === null) {
        dispatch({ type: 'extract-failed', error: NO_TAB });
        return;
      }
      setTabId(id);
      tabRef.current = id;
      const outcome = await opening.article;
      if (!live || !outcome) return;
      if (!outcome.ok) {
        dispatch({ type: 'extract-failed', error: outcome.error });
        return;
      }
      dispatch({ type: 'extracted', article: outcome.value });
      // The toolbar click is the reader's click: once the privacy text was accepted, the opening searched
      // at once; otherwise the reader is asked first.
      const early = await opening.discovery;
      if (!live) {
        early?.handle.close();
        return;
      }
      if (early) {
        handle.current = early.handle;
        dispatchDiscovery({ type: 'search-started' });
        early.listen(onDiscovery);
      } else dispatchDiscovery({ type: 'needs-consent' });
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

  // A reopened popup asks the page what an earlier one painted there, after the article is on screen (the
  // first open waits for nothing else). The content script is the truth: a reload or a new address there
  // means nothing is on. The card it names may not have streamed in yet; it lights up when it does.
  useEffect(() => {
    if (state.status !== 'ready' || tabId === null || statusAsked.current) return;
    statusAsked.current = true;
    const before = paints.current;
    void client.highlightStatus(tabId).then((outcome) => {
      if (!outcome.ok || paints.current !== before) return;
      const { key, of, mode, missed } = outcome.value;
      if (key === null || mode === 'off') return;
      setHighlighted({ key, of });
      setHighlightNote(missed > 0 ? t('highlightPartly', missed) : null);
    });
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

  const onFirstSearch = async () => {
    if (state.status !== 'ready') return;
    const article = state.article;
    // First await of the click handler (the gesture): the providers' sites. A refusal still searches the
    // local providers, and the refused services say why.
    await client.requestAccess(providerPatterns(settings));
    const saved = await client.setSettings({ privacyAcknowledged: true });
    if (saved.ok) setSettings(saved.value);
    startDiscovery(article);
  };

  const onAllowSites = async (patterns: string[]) => {
    if (await client.requestAccess(patterns)) handle.current?.allowSites();
  };

  const readerSide = state.status === 'ready' ? { outlet: state.article.outlet, paragraphs: state.article.paragraphs, publishedTime: state.article.publishedTime } : null;
  const session = discovery.status === 'searching' || discovery.status === 'done' || discovery.status === 'failed' ? discovery.session : null;
  const shown = session ? shownSession(session) : null;
  const leftOut = session ? session.items.filter((i) => i.match?.verdict === 'different') : [];
  const openFull = (loaded: CoverageComparison): string => {
    const item = session?.items.find((i) => i.id === loaded.itemId);
    if (state.status !== 'ready' || !item) return 'compare.html';
    const a = state.article;
    const key = saveHandoff(localStorage, {
      a: { outlet: a.outlet, title: a.title, url: a.url, publishedTime: a.publishedTime, paragraphs: a.paragraphs },
      b: { outlet: item.outlet, title: item.title, url: item.url, publishedTime: item.publishedTime, paragraphs: loaded.paragraphs },
      comparison: loaded.comparison,
      hideStyle: !settings.showCosmetic,
    });
    return comparePageUrl(key);
  };

  /**
   * Paints one comparison's highlights on the reader's page, or takes them off (`key` null). The other
   * article's address (the manual comparison's) goes with the key as `of`.
   */
  const paint = async (key: string | null, comparison: Comparison | null, other: { outlet: string; url?: string }) => {
    const article = 'article' in state ? state.article : null;
    if (tabId === null || !article) return;
    paints.current += 1;
    const of = other.url || null;
    const plan =
      key && comparison
        ? {
            ...buildHighlightPlan(article.paragraphs, comparison, { writes: t('otherWording', other.outlet), onlyHere: t('onlyHere') }),
            colours: PALETTES[settings.highlightPalette],
            key,
            ...(of ? { of } : {}),
          }
        : null;
    const outcome = await client.highlight(tabId, plan);
    if (!outcome.ok) {
      setHighlightNote(t('highlightFailed'));
      return;
    }
    setHighlighted(key ? { key, of } : null);
    setHighlightNote(outcome.value.missed > 0 ? t('highlightPartly', outcome.value.missed) : null);
  };

  // Escape leaves a comparison or an error (a card's own Escape folds the card first).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (state.status === 'compared' || (state.status === 'error' && state.article)) {
      event.preventDefault();
      dispatch({ type: 'back' });
    }
  };

  const onAllowTabs = async () => {
    if (await client.requestAccess(ALL_SITES)) {
      setTabs(null);
      if (tabId !== null) await loadTabs(tabId);
    }
  };

  return (
    <main class="popup" data-testid="popup" data-state={state.status} data-ready-ms={readyMs ?? undefined} onKeyDown={onKeyDown}>
      <header class="brand">
        <span class="logo" aria-hidden="true" />
        <span class="brand-name">{t('appName')}</span>
        <button type="button" class="link settings-link" data-testid="options-link" onClick={() => client.openOptions()}>
          {t('optionsLink')}
        </button>
      </header>
      {state.status === 'extracting' && (
        <p class="quiet" data-testid="extracting">
          {t('extracting')}
        </p>
      )}
      {state.status === 'not-an-article' && <ErrorView error={state.error} />}
      {state.status === 'error' && !state.article && <ErrorView error={state.error} />}
      {(state.status === 'ready' || state.status === 'comparing' || state.status === 'compared' || (state.status === 'error' && state.article)) && (
        <ArticleSummary article={state.article!} compact={state.status === 'compared'} />
      )}
      {state.status === 'ready' && (
        <div class="discovery" data-testid="discovery" data-discovery={discovery.status}>
          {discovery.status === 'consent' && <SearchPrivacy onSearch={() => void onFirstSearch()} onOptions={() => client.openOptions()} />}
          {discovery.status === 'searching' && !session && (
            <p class="quiet" data-testid="searching">
              {t('searching')}
            </p>
          )}
          {session && session.needsAccess && session.needsAccess.length > 0 && (
            <SearchAccess patterns={session.needsAccess} onAllow={() => void onAllowSites(session.needsAccess ?? [])} />
          )}
          {shown && readerSide && (shown.items.length > 0 || !shown.done) && (
            <CoverageList
              session={shown}
              hideStyleDefault={!settings.showCosmetic}
              reader={readerSide}
              load={async (itemId) => {
                const outcome = await client.loadComparison(shown.articleId, itemId);
                return outcome.ok ? outcome.value : null;
              }}
              onDismiss={(itemId, dismissed) => handle.current?.dismiss(itemId, dismissed)}
              onOpenFull={openFull}
              highlight={
                tabId === null
                  ? undefined
                  : {
                      itemId: highlighted?.key ?? null,
                      toggle: (item, comparison, on) => void paint(on ? item.id : null, comparison, { outlet: item.outlet }),
                    }
              }
            />
          )}
          {shown && shown.done && shown.items.length === 0 && (
            <NothingFound
              providers={shown.providers}
              query={[...shown.query.entities.slice(0, 3), ...shown.query.keywords].join(' · ')}
              onCompareInstead={() => document.querySelector<HTMLElement>('[data-testid="url-input"]')?.focus()}
            />
          )}
          {session && session.done && <ProviderNotes providers={session.providers} leftOut={leftOut} />}
          {discovery.status === 'failed' && state.status === 'ready' && <ErrorView error={discovery.error} onRetry={() => startDiscovery(state.article, true)} />}
        </div>
      )}
      {state.status === 'ready' && (
        <CompareChooser tabs={tabs} onTab={(t) => void compare({ kind: 'tab', tabId: t.tabId }, t.title)} onUrl={(u) => void onUrl(u)} onAllowTabs={() => void onAllowTabs()} />
      )}
      {state.status === 'comparing' && (
        <p class="quiet" data-testid="comparing">
          {t('comparingWith', state.label)}
        </p>
      )}
      {state.status === 'compared' && (
        <ComparisonList
          result={state.result}
          ownOutlet={state.article.outlet}
          own={state.article}
          showCosmetic={settings.showCosmetic}
          onBack={() => dispatch({ type: 'back' })}
          highlight={
            tabId === null
              ? undefined
              : {
                  on: highlighted?.key === 'compare' && highlighted.of === (state.result.other.url || null),
                  toggle: (on) => void paint(on ? 'compare' : null, state.result.comparison, state.result.other),
                }
          }
        />
      )}
      {state.status === 'error' && state.article && <ErrorView error={state.error} onBack={() => dispatch({ type: 'back' })} />}
      {highlightNote && (
        <p class="quiet" role="status" data-testid="highlight-note">
          {highlightNote}
        </p>
      )}
      {(state.status === 'ready' || state.status === 'compared') && (
        <p class="quiet keyboard-hint" data-testid="keyboard-hint">
          {t('keyboardHint')}
        </p>
      )}
    </main>
  );
}
