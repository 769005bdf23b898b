import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERRORS, ParallaxError, isErrorCode, toErrorPayload } from '../../extension/errors';

describe('errors', () => {
  it('is the closed list the design names', () => {
    expect([...ERROR_CODES].sort()).toEqual(
      ['fetch-blocked', 'internal', 'no-coverage-found', 'not-an-article', 'permission-needed', 'provider-failed', 'restricted-page', 'timeout'].sort(),
    );
  });

  it.each(ERROR_CODES.map((code) => [code]))('%s has one plain sentence and one action', (code) => {
    const { sentence, action } = ERRORS[code];
    for (const text of [sentence, action]) {
      expect(text).toMatch(/^[A-Z].*[.!?]$/);
      expect(text.match(/[.!?](\s|$)/g)).toHaveLength(1); // exactly one sentence
      expect(text).not.toMatch(/error|exception|stack|undefined|null/i);
    }
  });

  it.each([
    [new ParallaxError('timeout', 'no answer in 15 s'), { code: 'timeout', detail: 'no answer in 15 s' }],
    [new ParallaxError('not-an-article'), { code: 'not-an-article' }],
    [new TypeError('x is not a function\n    at foo (bar.js:1:1)'), { code: 'internal', detail: 'x is not a function' }],
    ['a thrown string', { code: 'internal', detail: 'a thrown string' }],
  ])('toErrorPayload(%s)', (thrown, payload) => {
    expect(toErrorPayload(thrown)).toEqual(payload);
  });

  it.each([
    ['timeout', true],
    ['internal', true],
    ['Timeout', false],
    [42, false],
    [undefined, false],
  ])('isErrorCode(%s) = %s', (value, expected) => {
    expect(isErrorCode(value)).toBe(expected);
  });
});
