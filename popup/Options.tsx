import { useEffect, useState } from 'preact/hooks';
import type { ErrorPayload } from '../extension/errors';
import { DEFAULT_SETTINGS, FETCH_TIMEOUT_RANGE, HIGHLIGHT_PALETTES, HISTORY_SIZE_RANGE, type HighlightPalette, type Settings } from '../extension/messages';
import type { ParallaxClient } from './client';
import { ErrorView } from './components/ErrorView';
import { PRIVACY_POINTS } from './components/SearchPrivacy';
import { PALETTES } from './components/palettes';
import { t, type MessageKey } from './i18n';

const PROVIDERS: { id: keyof Settings['providers']; label: MessageKey; receives: MessageKey }[] = [
  { id: 'bing', label: 'providerBing', receives: 'receivesBing' },
  { id: 'google-news', label: 'providerGoogleNews', receives: 'receivesGoogleNews' },
  { id: 'gdelt', label: 'providerGdelt', receives: 'receivesGdelt' },
  { id: 'guardian', label: 'providerGuardianKeyed', receives: 'receivesGuardian' },
  { id: 'tabs', label: 'providerTabs', receives: 'receivesTabs' },
  { id: 'history', label: 'providerHistory', receives: 'receivesHistory' },
];

const BASE_URLS: { key: 'bingBaseUrl' | 'googleNewsBaseUrl' | 'gdeltBaseUrl' | 'guardianBaseUrl'; label: MessageKey }[] = [
  { key: 'bingBaseUrl', label: 'providerBing' },
  { key: 'googleNewsBaseUrl', label: 'providerGoogleNews' },
  { key: 'gdeltBaseUrl', label: 'providerGdelt' },
  { key: 'guardianBaseUrl', label: 'providerGuardian' },
];

const PALETTE_KEY: Record<HighlightPalette, MessageKey> = { standard: 'paletteStandard', contrast: 'paletteContrast', muted: 'paletteMuted' };

type Status = 'loading' | 'idle' | 'saving' | 'saved';

/** The options page: settings live in storage.local, read and written through the background. */
export function Options({ client }: { client: ParallaxClient }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState<Status>('loading');
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [historyEntries, setHistoryEntries] = useState<number | null>(null);
  // The opt-in list is edited as text, one site per line, and normalised by the background on save.
  const [subscriptions, setSubscriptions] = useState('');

  useEffect(() => {
    void client.getSubscriptions().then((o) => {
      if (o.ok) setSubscriptions(o.value.join('\n'));
    });
  }, [client]);

  useEffect(() => {
    void client.historySize().then((o) => setHistoryEntries(o.ok ? o.value : null));
  }, [client]);

  const clearHistory = async () => {
    const outcome = await client.clearHistory();
    if (outcome.ok) setHistoryEntries(outcome.value);
    else setError(outcome.error);
  };

  useEffect(() => {
    void client.getSettings().then((outcome) => {
      if (outcome.ok) setSettings(outcome.value);
      else setError(outcome.error);
      setStatus('idle');
    });
  }, [client]);

  const save = async (event: Event) => {
    event.preventDefault();
    setStatus('saving');
    const outcome = await client.setSettings(settings);
    const hosts = await client.setSubscriptions(subscriptions.split(/[\s,]+/).filter(Boolean));
    if (hosts.ok) setSubscriptions(hosts.value.join('\n'));
    if (outcome.ok && !hosts.ok) {
      setError(hosts.error);
      setStatus('idle');
    } else if (outcome.ok) {
      setSettings(outcome.value);
      setError(null);
      setStatus('saved');
    } else {
      setError(outcome.error);
      setStatus('idle');
    }
  };

  const change = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    setStatus('idle');
  };

  return (
    <main class="options" data-testid="options" data-status={status}>
      <header class="brand">
        <span class="logo" aria-hidden="true" />
        <h1 class="brand-name">{t('optionsTitle')}</h1>
      </header>
      <form onSubmit={(e) => void save(e)}>
        <label class="option">
          <input
            type="checkbox"
            data-testid="hide-style-default"
            checked={!settings.showCosmetic}
            disabled={status === 'loading'}
            onChange={(e) => change({ showCosmetic: !(e.currentTarget as HTMLInputElement).checked })}
          />
          <span>
            {t('optHideStyle')}
            <small>{t('optHideStyleHint')}</small>
          </span>
        </label>
        <label class="option">
          <span>
            {t('optTimeout')}
            <small>{t('optTimeoutHint', FETCH_TIMEOUT_RANGE.min, FETCH_TIMEOUT_RANGE.max)}</small>
          </span>
          <input
            type="number"
            data-testid="fetch-timeout"
            min={FETCH_TIMEOUT_RANGE.min}
            max={FETCH_TIMEOUT_RANGE.max}
            value={settings.fetchTimeoutSeconds}
            disabled={status === 'loading'}
            onInput={(e) => change({ fetchTimeoutSeconds: Number((e.currentTarget as HTMLInputElement).value) })}
          />
        </label>
        <fieldset class="option providers-options">
          <legend>{t('optSearches')}</legend>
          {PROVIDERS.map((p) => (
            <label class="option" key={p.id}>
              <input
                type="checkbox"
                data-testid={`provider-${p.id}`}
                checked={settings.providers[p.id]}
                disabled={status === 'loading'}
                onChange={(e) => change({ providers: { ...settings.providers, [p.id]: (e.currentTarget as HTMLInputElement).checked } })}
              />
              <span>
                {t(p.label)}
                <small>{t('optReceives', t(p.receives))}</small>
              </span>
            </label>
          ))}
          <label class="option">
            <input
              type="checkbox"
              data-testid="google-top-stories"
              checked={settings.googleNewsTopStories}
              disabled={status === 'loading' || !settings.providers['google-news']}
              onChange={(e) => change({ googleNewsTopStories: (e.currentTarget as HTMLInputElement).checked })}
            />
            <span>
              {t('optGoogleTopStories')}
              <small>{t('optGoogleTopStoriesHint')}</small>
            </span>
          </label>
          <label class="option">
            <span>
              {t('optGuardianKey')}
              <small>{t('optGuardianKeyHint')}</small>
            </span>
            <input
              type="text"
              data-testid="guardian-key"
              autocomplete="off"
              value={settings.guardianApiKey}
              disabled={status === 'loading'}
              onInput={(e) => change({ guardianApiKey: (e.currentTarget as HTMLInputElement).value })}
            />
          </label>
          <details class="advanced">
            <summary>{t('optAdvanced')}</summary>
            {BASE_URLS.map((b) => (
              <label class="option" key={b.key}>
                <span>{t(b.label)}</span>
                <input
                  type="url"
                  data-testid={`base-${b.key}`}
                  value={settings[b.key]}
                  disabled={status === 'loading'}
                  onInput={(e) => change({ [b.key]: (e.currentTarget as HTMLInputElement).value } as Partial<Settings>)}
                />
              </label>
            ))}
          </details>
        </fieldset>
        <label class="option">
          <span>
            {t('optHistorySize')}
            <small data-testid="history-hint">
              {t('optHistorySizeHint', HISTORY_SIZE_RANGE.min, HISTORY_SIZE_RANGE.max)} {historyEntries === null ? '' : t('optHistoryKept', historyEntries)}
            </small>
          </span>
          <input
            type="number"
            data-testid="history-size"
            min={HISTORY_SIZE_RANGE.min}
            max={HISTORY_SIZE_RANGE.max}
            value={settings.historySize}
            disabled={status === 'loading'}
            onInput={(e) => change({ historySize: Number((e.currentTarget as HTMLInputElement).value) })}
          />
        </label>
        <p>
          <button type="button" data-testid="clear-history" onClick={() => void clearHistory()}>
            {t('optClearHistory')}
          </button>
        </p>
        <label class="option subscriptions">
          <span>
            {t('optSubscriptions')}
            <small>{t('optSubscriptionsHint')}</small>
          </span>
          <textarea
            data-testid="subscriptions"
            rows={3}
            spellcheck={false}
            value={subscriptions}
            disabled={status === 'loading'}
            onInput={(e) => {
              setSubscriptions((e.currentTarget as HTMLTextAreaElement).value);
              setStatus('idle');
            }}
          />
        </label>
        <fieldset class="option palette-options">
          <legend>{t('optColours')}</legend>
          <p class="quiet">{t('optColoursHint')}</p>
          {HIGHLIGHT_PALETTES.map((id) => (
            <label class="option palette" key={id}>
              <input
                type="radio"
                name="palette"
                value={id}
                data-testid={`palette-${id}`}
                checked={settings.highlightPalette === id}
                disabled={status === 'loading'}
                onChange={() => change({ highlightPalette: id })}
              />
              <span>
                {t(PALETTE_KEY[id])}{' '}
                <span class="swatches" aria-hidden="true">
                  {(['shared', 'only', 'quote'] as const).map((k) => (
                    <span key={k} class="swatch" style={{ background: PALETTES[id][k].bg, borderBottom: `2px ${PALETTES[id][k].style} ${PALETTES[id][k].line}` }} />
                  ))}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <p class="actions">
          <button type="submit" data-testid="save" disabled={status === 'loading' || status === 'saving'}>
            {t('optSave')}
          </button>
          <span role="status" data-testid="save-status">
            {status === 'saved' ? t('optSaved') : ''}
          </span>
        </p>
      </form>
      {error && <ErrorView error={error} />}
      <section class="privacy">
        <h2>{t('privacyHeading')}</h2>
        <p>{t('privacyIntro')}</p>
        <ul data-testid="privacy-points">
          {PRIVACY_POINTS.map((p) => (
            <li key={p}>{t(p)}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}
