import { ERROR_KEYS, type ErrorPayload } from '../../extension/errors';
import { t, type MessageKey } from '../i18n';

/** One plain sentence and one action; the detail only as a quiet hint, never a stack. */
export function ErrorView({ error, onBack, onRetry }: { error: ErrorPayload; onBack?: () => void; onRetry?: () => void }) {
  const keys = ERROR_KEYS[error.code] ?? ERROR_KEYS.internal;
  return (
    <section class="notice" role="alert" data-testid="error" data-code={error.code}>
      <p class="notice-sentence" data-testid="error-sentence">
        {t(keys.sentence as MessageKey)}
      </p>
      <p class="notice-action">{t(keys.action as MessageKey)}</p>
      {error.detail && error.code !== 'internal' && <p class="notice-detail">({error.detail})</p>}
      {onRetry && (
        <button type="button" data-testid="retry" onClick={onRetry}>
          {t('errorRetry')}
        </button>
      )}
      {onBack && (
        <button type="button" class="link" onClick={onBack}>
          {t('errorBack')}
        </button>
      )}
    </section>
  );
}
