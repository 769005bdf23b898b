// First use only: who receives what when Parallax searches, before anything is sent. The same text is
// on the options page and in the README; the button is the reader's consent and the gesture the
// browser needs to grant the search providers' sites.
import { t, type MessageKey } from '../i18n';

export const PRIVACY_POINTS: MessageKey[] = ['privacyPoint1', 'privacyPoint2', 'privacyPoint3', 'privacyPoint4', 'privacyPoint5'];

export function SearchPrivacy({ onSearch, onOptions }: { onSearch: () => void; onOptions: () => void }) {
  return (
    <section class="notice search-privacy" data-testid="search-privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacyTitle')}</h2>
      <ul>
        {PRIVACY_POINTS.map((p) => (
          <li key={p}>{t(p)}</li>
        ))}
      </ul>
      <p class="actions">
        <button type="button" data-testid="search-start" onClick={onSearch}>
          {t('searchStart')}
        </button>{' '}
        <button type="button" class="link" onClick={onOptions}>
          {t('chooseServices')}
        </button>
      </p>
    </section>
  );
}
