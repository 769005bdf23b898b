// Retry policy shared by the search providers: 429 and 5xx may be retried (honouring Retry-After in
// seconds or as an HTTP date) with capped exponential backoff; any other 4xx is final. Attempts stay
// small (2) because the reader is waiting, and a wait longer than the cap is reported instead of slept,
// so a provider asking for ten minutes never hangs the popup.

export const RETRY_DEFAULTS = { maxAttempts: 2, baseDelayMs: 1_000, capMs: 8_000 };

/** Retry-After as milliseconds from `nowMs`; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const when = Date.parse(trimmed);
  if (Number.isNaN(when)) return null;
  return Math.max(0, when - nowMs);
}

export function backoffMs(attempt: number, baseDelayMs = RETRY_DEFAULTS.baseDelayMs, capMs = RETRY_DEFAULTS.capMs): number {
  return Math.min(capMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501);
}
