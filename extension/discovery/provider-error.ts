// One typed failure for every provider, so the background can tell "try later" from "broken" without
// parsing messages. The message is one plain sentence for the reader, never a stack or a raw body.

import type { ProviderId } from './types';

export type ProviderErrorCode = 'timeout' | 'rate-limited' | 'http-error' | 'bad-response' | 'consent-wall' | 'offline';

export class ProviderError extends Error {
  readonly code: ProviderErrorCode;
  readonly provider: ProviderId;
  /** Set for rate-limited: how long the provider asked us to wait. */
  readonly retryAfterMs?: number;
  readonly status?: number;
  constructor(provider: ProviderId, code: ProviderErrorCode, message: string, extra: { retryAfterMs?: number; status?: number } = {}) {
    super(message);
    this.name = 'ProviderError';
    this.provider = provider;
    this.code = code;
    this.retryAfterMs = extra.retryAfterMs;
    this.status = extra.status;
  }
}

export function isProviderError(e: unknown): e is ProviderError {
  return e instanceof ProviderError;
}
