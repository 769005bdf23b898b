import { t } from '../i18n';
import type { ProviderProgress } from './coverage-types';
import { providerSentence } from './provider-sentence';

const STATE_GLYPH = { waiting: '○', searching: '◌', done: '●', failed: '✕', off: '–' } as const;
const STATE_KEY = { waiting: 'providerWaiting', searching: 'providerSearching', done: 'providerDone', failed: 'providerFailed', off: 'providerOff' } as const;

/** One line per provider: where the search stands, and one plain sentence when it failed. */
export function SearchProgress({ providers }: { providers: ProviderProgress[] }) {
  return (
    <ul class="providers" data-testid="providers" aria-label={t('providersLabel')} aria-live="polite">
      {providers.map((p) => (
        <li key={p.id} data-provider={p.id} data-state={p.state} class={`provider p-${p.state}`}>
          <span class="glyph" aria-hidden="true">
            {STATE_GLYPH[p.state]}
          </span>{' '}
          <span class="provider-label">{p.label}</span> <span class="quiet">{t(STATE_KEY[p.state], p.found)}</span>
          {p.state === 'failed' && <span class="quiet provider-message"> — {providerSentence(p)}</span>}
        </li>
      ))}
    </ul>
  );
}
