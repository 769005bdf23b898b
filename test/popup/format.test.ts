import { describe, expect, it } from 'vitest';
import { formatDate, hostOf, percent, plural } from '../../popup/format';

describe('format', () => {
  it.each([
    ['2025-02-26T14:05:00Z', '26 Feb 2025'],
    ['2025-02-26', '26 Feb 2025'],
    ['yesterday', null],
    [null, null],
    ['', null],
  ])('formatDate(%s) = %s', (iso, expected) => expect(formatDate(iso)).toBe(expected));

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
