import { afterEach, describe, expect, it } from 'vitest';
import { PROVIDER_SENTENCES, providerError, type ProviderSentenceKey } from '../../../extension/discovery/provider-error';
import type { ProviderProgress } from '../../../popup/components/coverage-types';
import { providerSentence } from '../../../popup/components/provider-sentence';
import { setMessageGetter } from '../../../popup/i18n';

afterEach(() => setMessageGetter(null));

const progress = (over: Partial<ProviderProgress>): ProviderProgress => ({ id: 'gdelt', label: 'GDELT', state: 'failed', found: 0, ...over });
const subsFor = (key: ProviderSentenceKey): string[] => (PROVIDER_SENTENCES[key].includes('$2') ? ['7'] : []);

describe('providerSentence', () => {
  it.each(Object.keys(PROVIDER_SENTENCES) as ProviderSentenceKey[])('%s: the catalogue words it exactly as the background does', (key) => {
    const error = providerError('gdelt', 'bad-response', 'GDELT', key, subsFor(key));
    expect(providerSentence(progress({ message: error.message, says: error.says }))).toBe(error.message);
  });

  it('is worded by the browser’s catalogue in the reader’s language', () => {
    setMessageGetter((key, subs) => (key === 'providerTimeoutAfter' ? `${subs[0]} hat nicht binnen ${subs[1]} Sekunden geantwortet.` : ''));
    const error = providerError('gdelt', 'timeout', 'GDELT', 'providerTimeoutAfter', [20]);
    expect(providerSentence(progress({ message: error.message, says: error.says }))).toBe('GDELT hat nicht binnen 20 Sekunden geantwortet.');
  });

  it.each([
    ['a key the catalogue does not know', progress({ message: 'The background’s sentence.', says: { key: 'noSuchKey', subs: [] } }), 'The background’s sentence.'],
    ['no key at all', progress({ message: 'The background’s sentence.' }), 'The background’s sentence.'],
    ['neither', progress({}), 'GDELT did not answer.'],
  ])('falls back to the English sentence for %s', (_name, p, sentence) => {
    expect(providerSentence(p)).toBe(sentence);
  });
});
