// Resolving a Google News article link to the publisher URL (googlenews_decode_protocol_notes.txt).
// Ids from before July 2024 embed the URL (base64url of 08 13 22 <len> "https://…"): decoded offline,
// no request. Newer ids ("AU_yqL…" inside) are server-side keys: GET the article page for its signature
// and timestamp, then POST batchexecute. Two requests per link, which is why only the few candidates
// actually fetched are resolved. Only the article id goes to Google, without cookies.

import { providerRequest } from './http';
import { providerError } from './provider-error';
import { realClock, type Clock, type FetchLike } from './types';

const LABEL = 'Google News';

export interface ResolveOptions {
  signal?: AbortSignal;
  clock?: Clock;
  baseUrl?: string;
  timeoutMs?: number;
}

export function googleArticleId(link: string): string | null {
  const m = /\/(?:rss\/)?articles\/([A-Za-z0-9_-]+)/.exec(link);
  return m ? m[1] : null;
}

function base64UrlBytes(id: string): Uint8Array | null {
  try {
    const b64 = id.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The publisher URL embedded in a pre-2024 id, or null for the opaque kind. */
export function decodeLegacyGoogleId(id: string): string | null {
  const bytes = base64UrlBytes(id);
  if (!bytes || bytes.length < 4 || bytes[0] !== 0x08 || bytes[1] !== 0x13 || bytes[2] !== 0x22) return null;
  // Protobuf varint length (one or two bytes here).
  let len = bytes[3];
  let start = 4;
  if (len & 0x80) {
    len = (len & 0x7f) | (bytes[4] << 7);
    start = 5;
  }
  const payload = new TextDecoder().decode(bytes.slice(start, start + len));
  return /^https?:\/\/\S+$/.test(payload) ? payload : null;
}

export function readSignature(html: string): { signature: string; timestamp: string } | null {
  const sg = /data-n-a-sg="([^"]+)"/.exec(html);
  const ts = /data-n-a-ts="(\d+)"/.exec(html);
  return sg && ts ? { signature: sg[1], timestamp: ts[1] } : null;
}

export function batchExecuteBody(id: string, timestamp: string, signature: string): string {
  const inner = JSON.stringify([
    'garturlreq',
    [['X', 'X', ['X', 'X'], null, null, 1, 1, 'US:en', null, 1, null, null, null, null, null, 0, 1], 'X', 'X', 1, [1, 1, 1], 1, 1, null, 0, 0, null, 0],
    id,
    Number(timestamp),
    signature,
  ]);
  return `f.req=${encodeURIComponent(JSON.stringify([[['Fbv4je', inner]]]))}`;
}

/** Response: ")]}'" line, blank line, JSON chunk whose [0][2] is a JSON string whose [1] is the URL. */
export function readBatchExecute(text: string): string | null {
  const chunks = text.split('\n\n');
  if (chunks.length < 2) return null;
  try {
    const outer = JSON.parse(chunks[1]) as unknown[][];
    const inner = JSON.parse(String(outer[0][2])) as unknown[];
    const url = inner[1];
    return typeof url === 'string' && /^https?:\/\//.test(url) ? url : null;
  } catch {
    return null;
  }
}

export async function resolveGoogleNewsLink(url: string, fetch: FetchLike, options: ResolveOptions = {}): Promise<string> {
  const id = googleArticleId(url);
  if (!id) return url;
  const legacy = decodeLegacyGoogleId(id);
  if (legacy) return legacy;
  const base = (options.baseUrl ?? 'https://news.google.com').replace(/\/+$/, '');
  const common = {
    provider: 'google-news' as const,
    label: LABEL,
    fetch,
    clock: options.clock ?? realClock,
    signal: options.signal ?? new AbortController().signal,
    timeoutMs: options.timeoutMs ?? 8_000,
  };
  const page = await providerRequest({ ...common, url: `${base}/articles/${id}` });
  const sig = readSignature(page.text);
  if (!sig) {
    if (/before you continue|consent\.google/i.test(page.text)) {
      throw providerError('google-news', 'consent-wall', LABEL, 'providerLinkConsentWall');
    }
    throw providerError('google-news', 'bad-response', LABEL, 'providerLinkHidden');
  }
  const answer = await providerRequest({
    ...common,
    url: `${base}/_/DotsSplashUi/data/batchexecute`,
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
    body: batchExecuteBody(id, sig.timestamp, sig.signature),
  });
  const resolved = readBatchExecute(answer.text);
  if (!resolved) throw providerError('google-news', 'bad-response', LABEL, 'providerLinkHidden');
  return resolved;
}
