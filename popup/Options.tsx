import { useEffect, useState } from 'preact/hooks';
import type { ErrorPayload } from '../extension/errors';
import { DEFAULT_SETTINGS, FETCH_TIMEOUT_RANGE, type Settings } from '../extension/messages';
import type { ParallaxClient } from './client';
import { ErrorView } from './components/ErrorView';

type Status = 'loading' | 'idle' | 'saving' | 'saved';

/** The options page: settings live in storage.local, read and written through the background. */
export function Options({ client }: { client: ParallaxClient }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState<Status>('loading');
  const [error, setError] = useState<ErrorPayload | null>(null);

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
      </section>
    </main>
  );
}
