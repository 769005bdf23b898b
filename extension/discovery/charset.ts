// Decoding fetched bytes with the page's declared charset: the Content-Type header first, then a BOM,
// then <meta charset> / http-equiv in the first 4 KB (read as Latin-1, which every ASCII-compatible
// charset agrees with for markup), then UTF-8. Labels go to TextDecoder, except the windows-1252 family,
// which is mapped here: Node's TextDecoder (≤ 22) decodes it as ISO-8859-1 and loses curly quotes,
// dashes and the euro sign in 0x80–0x9F; browsers are right, so the table only makes both agree.

const WINDOWS_1252_LABELS = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'l1', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'iso88591',
  'iso-ir-100', 'csisolatin1', 'ibm819', 'cp819', 'ansi_x3.4-1968', 'us-ascii', 'ascii',
]);

// 0x80–0x9F in windows-1252; 0 marks the five undefined bytes, which decode to the C1 control itself.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export function charsetFromContentType(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m ? m[1].toLowerCase() : null;
}

export function sniffCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  let head = '';
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]);
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head);
  return meta ? meta[1].toLowerCase() : null;
}

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/**
 * Decodes with the declared charset; an unknown label falls back to UTF-8 rather than failing. With no
 * declaration at all, bytes that are not valid UTF-8 are read as windows-1252, as browsers do for
 * undeclared Western pages: otherwise every accented letter and curly quote of an old page would turn
 * into U+FFFD and be compared as garbage.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): { text: string; charset: string } {
  const found = charsetFromContentType(contentType) ?? sniffCharset(bytes);
  if (found === null) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
    } catch {
      return { text: decodeWindows1252(bytes), charset: 'windows-1252' };
    }
  }
  const declared = found;
  if (WINDOWS_1252_LABELS.has(declared)) return { text: decodeWindows1252(bytes), charset: 'windows-1252' };
  try {
    const decoder = new TextDecoder(declared);
    return { text: decoder.decode(bytes), charset: decoder.encoding };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
  }
}
