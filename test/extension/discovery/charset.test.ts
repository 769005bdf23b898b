// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeHtml, sniffCharset } from '../../../extension/discovery/charset';

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('charset', () => {
  it.each([
    ['text/html; charset=ISO-8859-1', 'iso-8859-1'],
    ['text/html;charset="Shift_JIS"', 'shift_jis'],
    ['text/html', null],
    [null, null],
  ])('charsetFromContentType(%s)', (ct, cs) => expect(charsetFromContentType(ct)).toBe(cs));

  it.each([
    ['<meta charset="windows-1252">', 'windows-1252'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', 'shift_jis'],
    ['<p>none</p>', null],
  ])('sniffCharset(%s)', (html, cs) => expect(sniffCharset(ascii(html))).toBe(cs));

  it.each([
    ['windows-1252 curly quotes, dash and euro', bytes(0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35), 'text/html; charset=windows-1252', '“Hi” – €5'],
    ['latin1 label decodes as windows-1252 (WHATWG)', bytes(0x92, 0xe9), 'text/html; charset=iso-8859-1', '’é'],
    ['Shift_JIS', bytes(0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea), 'text/html; charset=Shift_JIS', '日本語'],
    ['UTF-8 default', bytes(0xc3, 0xa9), 'text/html', 'é'],
    ['unknown label falls back to UTF-8', bytes(0xc3, 0xa9), 'text/html; charset=x-made-up', 'é'],
    ['undeclared valid UTF-8 stays UTF-8', bytes(0xe2, 0x80, 0x9c, 0x48, 0xe2, 0x80, 0x9d), 'text/html', '“H”'],
    ['undeclared bytes that are not UTF-8 read as windows-1252, as browsers do', bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x92), 'text/html', 'café €5 – ’'],
  ])('%s', (_n, b, ct, text) => expect(decodeHtml(b, ct).text).toBe(text));

  it('uses <meta charset> when the header is silent', () => {
    const head = ascii('<html><head><meta charset="windows-1252"></head><body>');
    const body = Uint8Array.from([...head, 0x93, 0x6f, 0x6b, 0x94]);
    expect(decodeHtml(body, 'text/html').text.endsWith('“ok”')).toBe(true);
  });
});
