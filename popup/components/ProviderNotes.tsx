import { t } from '../i18n';
import type { CoverageItem, ProviderProgress } from './coverage-types';
import { providerSentence } from './provider-sentence';

/**
 * After the search: which services failed, in their own plain sentence (the list's progress lines are
 * gone by then), and how many results were left out as another story.
 */
export function ProviderNotes({ providers, leftOut }: { providers: ProviderProgress[]; leftOut: CoverageItem[] }) {
  const failed = providers.filter((p) => p.state === 'failed');
  if (failed.length === 0 && leftOut.length === 0) return null;
  return (
    <ul class="quiet provider-notes" data-testid="provider-notes">
      {failed.map((p) => (
        <li key={p.id} data-testid="provider-failed" data-provider={p.id}>
          {providerSentence(p)}
        </li>
      ))}
      {leftOut.length > 0 && (
        <li data-testid="left-out" title={leftOut.map((i) => `${i.outlet}: ${i.title}`).join('\n')}>
          {leftOut.length === 1 ? t('leftOutOne') : t('leftOutMany', leftOut.length)}
        </li>
      )}
    </ul>
  );
}
