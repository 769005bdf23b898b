import { t } from '../i18n';
import type { ProviderProgress } from './coverage-types';

/** Nothing found: what was tried, and the way that still works (a tab or an address). */
export function NothingFound({ providers, query, onCompareInstead }: { providers: ProviderProgress[]; query?: string; onCompareInstead: () => void }) {
  const tried = providers.filter((p) => p.state !== 'off');
  return (
    <section class="notice nothing" data-testid="nothing-found" aria-labelledby="nothing-title">
      <p id="nothing-title" class="notice-sentence">
        {t('nothingFound')}
      </p>
      <p>{t('nothingTried', tried.map((p) => p.label).join(', ') || t('noProviders'))}</p>
      {query && <p class="notice-detail">{t('nothingQuery', query)}</p>}
      <button type="button" class="link" data-testid="compare-instead" onClick={onCompareInstead}>
        {t('compareInstead')}
      </button>
    </section>
  );
}
