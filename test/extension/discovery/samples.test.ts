// @vitest-environment node
// The parsers on the recorded provider responses in ../shared (read in place, never copied): our own
// fixtures are invented, so this is the check that the invented shapes match the real ones.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseBingRss } from '../../../extension/discovery/bing';
import { parseGdeltResponse } from '../../../extension/discovery/gdelt';
import { parseGoogleNewsRss } from '../../../extension/discovery/google-news';
import { decodeLegacyGoogleId, googleArticleId } from '../../../extension/discovery/google-news-resolve';
import { parseGuardianResponse } from '../../../extension/discovery/guardian';
import { describeShared, sharedPath } from '../../shared';

const DIR = ['corpora', 'discovery-samples'];
const read = (name: string) => readFileSync(sharedPath(...DIR, name), 'utf8');

describeShared('discovery parsers on the recorded samples', DIR, () => {
  it('Bing: every link unwrapped to a publisher URL, MSN suffix stripped', () => {
    const items = parseBingRss(read('bingnews_rss_search_2026-09-21_reassembled.xml'));
    expect(items).toHaveLength(6);
    expect(items.every((c) => /^https:\/\//.test(c.url) && !/bing\.com/.test(c.url))).toBe(true);
    expect(items.every((c) => c.outlet && !/ on MSN$/.test(c.outlet) && c.publishedTime)).toBe(true);
  });

  it('Google News search: headline and outlet split, opaque links flagged', () => {
    const items = parseGoogleNewsRss(read('googlenews_rss_search_bitcoin_2026_trimmed.xml'));
    expect(items.map((c) => c.outlet)).toEqual(['CoinDesk', 'CNBC']);
    expect(items.every((c) => c.needsResolve && !c.title.endsWith(c.outlet))).toBe(true);
    expect(items.every((c) => decodeLegacyGoogleId(googleArticleId(c.url)!) === null)).toBe(true);
  });

  it('Google News 2020 links decode offline to publisher URLs', () => {
    const links = [...read('googlenews_rss_topstories_BE_fr_2020.xml').matchAll(/articles\/(CBMi[\w-]+)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const id of links) expect(decodeLegacyGoogleId(id)).toMatch(/^https?:\/\/[^/]+\//);
  });

  it('GDELT: artlist read, seendate converted', () => {
    const items = parseGdeltResponse(read('gdelt_doc_artlist_vizhinjam_2024.json'));
    expect(items).toHaveLength(4);
    expect(items.every((c) => c.publishedTime?.startsWith('2024-'))).toBe(true);
  });

  it('Guardian: results read even without bodyText', () => {
    const items = parseGuardianResponse(read('guardian_content_search_2023_with_fields.json'));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c) => c.url.startsWith('https://www.theguardian.com/'))).toBe(true);
  });
});
