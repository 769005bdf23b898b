// RSS 2.0 reading shared by Bing and Google News. Namespace prefixes are dropped because Bing's `News:`
// namespace URI is the query URL itself (it changes per search): elements are matched by local name.
// The validator runs first so a truncated feed is reported, not half-parsed.

import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface RssItem {
  title: string;
  link: string;
  description: string;
  pubDate: string;
  /** Local-name children not listed above (Bing's Source, Google's source), text only. */
  extra: Record<string, string>;
  /** Attributes of local-name children, e.g. { source: { url: '…' } }. */
  attrs: Record<string, Record<string, string>>;
}

export type RssResult = { ok: true; items: RssItem[] } | { ok: false; reason: 'html' | 'malformed' | 'not-rss' };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  attributesGroupName: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name, jpath) => jpath === 'rss.channel.item',
  processEntities: true,
  htmlEntities: true,
});

function text(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && '#text' in (value as Record<string, unknown>)) return text((value as Record<string, unknown>)['#text']);
  return '';
}

export function looksLikeHtml(body: string): boolean {
  return /^\s*(?:<!doctype html|<html)/i.test(body) || (/<(?:body|head)[\s>]/i.test(body) && !/<rss[\s>]/i.test(body));
}

export function parseRss(body: string): RssResult {
  if (looksLikeHtml(body)) return { ok: false, reason: 'html' };
  if (!/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<rss[\s>]/i.test(body)) return { ok: false, reason: 'not-rss' };
  if (XMLValidator.validate(body) !== true) return { ok: false, reason: 'malformed' };
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(body) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const channel = (doc.rss as Record<string, unknown> | undefined)?.channel;
  if (channel === undefined) return { ok: false, reason: 'not-rss' };
  const rawItems = (channel && typeof channel === 'object' ? (channel as Record<string, unknown>).item : undefined) as unknown[] | undefined;
  const items: RssItem[] = [];
  for (const raw of rawItems ?? []) {
    if (!raw || typeof raw !== 'object') continue;
    const entry = raw as Record<string, unknown>;
    const extra: Record<string, string> = {};
    const attrs: Record<string, Record<string, string>> = {};
    for (const [key, value] of Object.entries(entry)) {
      extra[key] = text(Array.isArray(value) ? value[0] : value);
      const group = (Array.isArray(value) ? value[0] : value) as Record<string, unknown> | null;
      if (group && typeof group === 'object' && group['@'] && typeof group['@'] === 'object') {
        attrs[key] = Object.fromEntries(Object.entries(group['@'] as Record<string, unknown>).map(([k, v]) => [k, text(v)]));
      }
    }
    items.push({ title: extra.title ?? '', link: extra.link ?? '', description: extra.description ?? '', pubDate: extra.pubDate ?? '', extra, attrs });
  }
  return { ok: true, items };
}

/** RFC 2822 pubDate → ISO 8601; null when unreadable. */
export function rfc2822ToIso(value: string): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

const NAMED_ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function charOf(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

/**
 * Feed descriptions are HTML-escaped markup; the snippet is their plain text. Tags go first, then every
 * entity in one pass (numeric ones too: feeds write &#8217; and &#x2019;), so `&amp;lt;` stays `&lt;` and
 * escaped markup reads as text, never as a tag.
 */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
      dec ? charOf(Number(dec)) : hex ? charOf(parseInt(hex, 16)) : (NAMED_ENTITIES[name!.toLowerCase()] ?? whole),
    )
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
