import { useEffect, useState } from 'preact/hooks';
import type { ErrorPayload } from '../extension/errors';
import { DEFAULT_SETTINGS, FETCH_TIMEOUT_RANGE, HISTORY_SIZE_RANGE, type Settings } from '../extension/messages';
import type { ParallaxClient } from './client';
import { ErrorView } from './components/ErrorView';
import { PRIVACY_POINTS } from './components/SearchPrivacy';

const PROVIDERS: { id: keyof Settings['providers']; label: string; receives: string }[] = [
  { id: 'bing', label: 'Bing News', receives: 'keywords, language, market' },
  { id: 'google-news', label: 'Google News', receives: 'keywords, language, country, dates; the ids of the few results Parallax opens' },
  { id: 'gdelt', label: 'GDELT', receives: 'keywords, language, dates' },
  { id: 'guardian', label: 'The Guardian (needs your key)', receives: 'keywords, dates, your key' },
  { id: 'tabs', label: 'Your open tabs', receives: 'nothing: searched on this computer' },
  { id: 'history', label: 'Your reading history', receives: 'nothing: kept on this computer' },
];

const BASE_URLS: { key: 'bingBaseUrl' | 'googleNewsBaseUrl' | 'gdeltBaseUrl' | 'guardianBaseUrl'; label: string }[] = [
  { key: 'bingBaseUrl', label: 'Bing News' },
  { key: 'googleNewsBaseUrl', label: 'Google News' },
  { key: 'gdeltBaseUrl', label: 'GDELT' },
  { key: 'guardianBaseUrl', label: 'The Guardian' },
];

type Status = 'loading' | 'idle' | 'saving' | 'saved';

/** The options page: settings live in storage.local, read and written through the background. */
export function Options({ client }: { client: ParallaxClient }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState<Status>('loading');
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [historyEntries, setHistoryEntries] = useState<number | null>(null);

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
    if (outcome.ok) {
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
        <h1 class="brand-name">Parallax options</h1>
      </header>
      <form onSubmit={(e) => void save(e)}>
        <label class="option">
          <input
            type="checkbox"
            data-testid="show-cosmetic"
            checked={settings.showCosmetic}
            disabled={status === 'loading'}
            onChange={(e) => change({ showCosmetic: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>
            Show house-style differences
            <small>NATO/Nato, defenses/defences, U.K./UK: the same facts spelt by different style guides.</small>
          </span>
        </label>
        <label class="option">
          <span>
            Give up fetching a pasted address after
            <small>
              {FETCH_TIMEOUT_RANGE.min}–{FETCH_TIMEOUT_RANGE.max} seconds.
            </small>
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
          <legend>News searches</legend>
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
                {p.label}
                <small>Receives: {p.receives}.</small>
              </span>
            </label>
          ))}
          <label class="option">
            <span>
              Guardian Content API key
              <small>Free from open-platform.theguardian.com. Stored unencrypted in this browser's extension storage.</small>
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
            <summary>Advanced: where each service lives</summary>
            {BASE_URLS.map((b) => (
              <label class="option" key={b.key}>
                <span>{b.label}</span>
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
            Articles kept in your reading history
            <small>
              {HISTORY_SIZE_RANGE.min}–{HISTORY_SIZE_RANGE.max}; the newest are kept. {historyEntries === null ? '' : `${historyEntries} kept now.`}
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
            Clear reading history
          </button>
        </p>
        <p class="actions">
          <button type="submit" data-testid="save" disabled={status === 'loading' || status === 'saving'}>
            Save
          </button>
          <span role="status" data-testid="save-status">
            {status === 'saved' ? 'Saved.' : ''}
          </span>
        </p>
      </form>
      {error && <ErrorView error={error} />}
      <section class="privacy">
        <h2>Privacy</h2>
        <p>
          Parallax reads a page only when you click its button. A pasted address is fetched without your cookies. Nothing is sent to
          any server of ours: there is none.
        </p>
        <ul data-testid="privacy-points">
          {PRIVACY_POINTS.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}
