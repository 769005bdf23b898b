// Host access the browser has not granted yet: the sites of the versions found (and of a provider whose
// address changed). Asking needs a click, so the pipeline lists them and this button asks.
import { t } from '../i18n';

function siteName(pattern: string): string {
  return pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '').replace(/^www\./, '');
}

export function SearchAccess({ patterns, onAllow }: { patterns: string[]; onAllow: () => void }) {
  if (patterns.length === 0) return null;
  const names = patterns.map(siteName);
  return (
    <p class="notice search-access" data-testid="search-access">
      {names.length === 1 ? t('accessOne', names[0]) : t('accessMany', names.length, names.join(', '))}{' '}
      <button type="button" data-testid="allow-sites" onClick={onAllow}>
        {t('allowSites')}
      </button>
    </p>
  );
}
