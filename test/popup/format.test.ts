import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, hostOf, percent, plural } from '../../popup/format';

describe('format', () => {
  it.each([
    ['2025-02-26T14:05:00Z', '26 Feb 2025'],
    ['2025-02-26', '26 Feb 2025'],
    ['yesterday', null],
    [null, null],
    ['', null],
    ['2024-09-30T23:59:59Z', '30 Sept 2024'],
    ['2025-03-01T00:30:00+01:00', '28 Feb 2025'],
    ['+275760-09-13T00:00:00Z', null],
  ])('formatDate(%s) = %s', (iso, expected) => expect(formatDate(iso)).toBe(expected));

  // Written by hand to keep Intl's locale data off the popup's first open: it must say what Intl says.
  it('writes dates as en-GB Intl does, for any date from year 1 to 9999', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        expect(formatDate(d.toISOString())).toBe(intl.format(d));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes counts as en-GB Intl does', () => {
    fc.assert(fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
      expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
    }), { numRuns: 2000 });
    for (const n of [0, 7, 999, 1000, 12345, -1000, 2.5]) expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
  });

  it.each([
    ['https://www.news.example/a', 'news.example'],
    ['http://127.0.0.1:8765/x', '127.0.0.1'],
    ['not a url', 'not a url'],
  ])('hostOf(%s) = %s', (url, expected) => expect(hostOf(url)).toBe(expected));

  it.each([
    [0.734, '73%'],
    [1.2, '100%'],
    [-1, '0%'],
  ])('percent(%s) = %s', (f, expected) => expect(percent(f)).toBe(expected));

  it.each([
    [1, 'word', '1 word'],
    [1234, 'word', '1,234 words'],
    [0, 'paragraph', '0 paragraphs'],
  ])('plural(%s, %s) = %s', (n, one, expected) => expect(plural(n, one)).toBe(expected));
});
