import { ERRORS, type ErrorPayload } from '../../extension/errors';

/** One plain sentence and one action; the detail only as a quiet hint, never a stack. */
export function ErrorView({ error, onBack }: { error: ErrorPayload; onBack?: () => void }) {
  const info = ERRORS[error.code] ?? ERRORS.internal;
  return (
    <section class="notice" role="alert" data-testid="error" data-code={error.code}>
      <p class="notice-sentence" data-testid="error-sentence">{info.sentence}</p>
      <p class="notice-action">{info.action}</p>
      {error.detail && error.code !== 'internal' && <p class="notice-detail">({error.detail})</p>}
      {onBack && (
        <button type="button" class="link" onClick={onBack}>
          Back
        </button>
      )}
    </section>
  );
}
