import { hasMessage, t, type MessageKey } from '../i18n';
import type { ProviderProgress } from './coverage-types';

/**
 * A failed search service in the reader's language: the background sends the sentence as a catalogue key
 * with its substitutions; its English text is the fallback for a key this catalogue does not have.
 */
export function providerSentence(p: ProviderProgress): string {
  if (p.says && hasMessage(p.says.key)) return t(p.says.key as MessageKey, p.label, ...p.says.subs);
  return p.message ?? t('providerNoAnswer', p.label);
}
