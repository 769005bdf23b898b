// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backoffMs, isRetryableStatus, parseRetryAfter } from '../../../extension/discovery/retry';

const NOW = Date.parse('2026-03-11T10:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['7', 7000],
    [' 0 ', 0],
    ['Wed, 11 Mar 2026 10:00:30 GMT', 30_000],
    ['Wed, 11 Mar 2026 09:59:00 GMT', 0],
    ['soon', null],
    [null, null],
  ])('%s → %s', (value, ms) => expect(parseRetryAfter(value, NOW)).toBe(ms));
});

describe('backoff and retryable statuses', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5].map((a) => backoffMs(a, 1000, 5000))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
  it.each([
    [429, true], [500, true], [502, true], [503, true], [501, false], [400, false], [401, false], [403, false], [404, false],
  ])('%i retryable: %s', (status, retryable) => expect(isRetryableStatus(status)).toBe(retryable));
});
