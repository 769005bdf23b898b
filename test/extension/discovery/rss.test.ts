import { describe, expect, it } from 'vitest';
import { plainText } from '../../../extension/discovery/rss';

describe('plainText', () => {
  it.each([
    ['tags dropped, space kept', '<b>Ferry</b>&nbsp;strike<br/>ends', 'Ferry strike ends'],
    ['named entities', 'Fish &amp; chips &lt;3 &quot;ok&quot; it&apos;s', 'Fish & chips <3 "ok" it\'s'],
    ['numeric entities, decimal and hex', 'Velden&#8217;s &#x201C;deal&#x201D;', 'Velden’s “deal”'],
    ['one pass: an escaped entity stays escaped', 'AT&amp;amp;T and &amp;lt;b&amp;gt;', 'AT&amp;T and &lt;b&gt;'],
    ['escaped markup reads as text, not a tag', '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['unknown names and impossible code points', '&bogus; &#0; &#x110000;', '&bogus;'],
  ])('%s', (_, html, expected) => expect(plainText(html)).toBe(expected));
});
