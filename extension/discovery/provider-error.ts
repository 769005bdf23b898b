// One typed failure for every provider, so the background can tell "try later" from "broken" without
// parsing messages. The message is one plain sentence for the reader, never a stack or a raw body.

import type { ProviderId } from './types';

export type ProviderErrorCode = 'timeout' | 'rate-limited' | 'http-error' | 'bad-response' | 'consent-wall' | 'offline';

/**
 * The reader's sentences for provider failures, by message key of _locales/en/messages.json: $1 is the
 * provider's name, $2 a number or the provider's own words. The English here is the catalogue's (a test
 * holds them equal); the key travels to the popup, which words it in the reader's language.
 */
export const PROVIDER_SENTENCES = {
  providerTimeoutAfter: '$1 did not answer within $2 seconds.',
  providerTimeoutAfterOne: '$1 did not answer within 1 second.',
  providerOffline: '$1 could not be reached; check the connection.',
  providerConsentWall: '$1 showed a cookie-consent page instead of results.',
  providerRefusedStatus: '$1 refused the search (HTTP $2).',
  providerSlowDown: '$1 asked Parallax to slow down; try again in $2 seconds.',
  providerSlowDownOne: '$1 asked Parallax to slow down; try again in 1 second.',
  providerServerError: '$1 had a server error (HTTP $2).',
  providerBusy: '$1 is busy with earlier searches; try again in $2 seconds.',
  providerNotFeed: '$1 sent something other than a news feed.',
  providerErrorPage: '$1 answered with an error page instead of results.',
  providerRejected: '$1 rejected the search: $2',
  providerEmpty: '$1 sent an empty answer.',
  providerBroken: '$1 sent a broken answer.',
  providerNotUnderstood: '$1 sent an answer Parallax does not understand.',
  providerRefusedSaying: '$1 refused the search: $2',
  providerRefused: '$1 refused the search.',
  providerKeyRefused: '$1 did not accept the API key; check it in the options.',
  providerLinkConsentWall: '$1 showed a cookie-consent page instead of the article link.',
  providerLinkHidden: '$1 did not reveal where this article lives.',
} as const;
export type ProviderSentenceKey = keyof typeof PROVIDER_SENTENCES;

/** A sentence as data: the catalogue key and its substitutions after the provider's name. */
export interface ProviderSays {
  key: ProviderSentenceKey;
  subs: string[];
}

export class ProviderError extends Error {
  readonly code: ProviderErrorCode;
  readonly provider: ProviderId;
  /** Set for rate-limited: how long the provider asked us to wait. */
  readonly retryAfterMs?: number;
  readonly status?: number;
  /** The message as a catalogue key, when it was built from one (see providerError). */
  readonly says?: ProviderSays;
  constructor(provider: ProviderId, code: ProviderErrorCode, message: string, extra: { retryAfterMs?: number; status?: number; says?: ProviderSays } = {}) {
    super(message);
    this.name = 'ProviderError';
    this.provider = provider;
    this.code = code;
    this.retryAfterMs = extra.retryAfterMs;
    this.status = extra.status;
    this.says = extra.says;
  }
}

/** A ProviderError whose English message comes from PROVIDER_SENTENCES, with its key kept for the popup. */
export function providerError(
  provider: ProviderId,
  code: ProviderErrorCode,
  label: string,
  key: ProviderSentenceKey,
  subs: (string | number)[] = [],
  extra: { retryAfterMs?: number; status?: number } = {},
): ProviderError {
  const all = [label, ...subs.map(String)];
  const message = PROVIDER_SENTENCES[key].replace(/\$([1-9])/g, (_, d: string) => all[Number(d) - 1] ?? '');
  return new ProviderError(provider, code, message, { ...extra, says: { key, subs: all.slice(1) } });
}

export function isProviderError(e: unknown): e is ProviderError {
  return e instanceof ProviderError;
}
