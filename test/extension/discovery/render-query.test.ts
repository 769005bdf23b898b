// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { GDELT_MAX_RECORDS, renderBing, renderGdelt, renderGoogleNews, renderGuardian, withParams, type RenderedRequest } from '../../../extension/discovery/render-query';
import { QUERY } from './helpers';
import type { StoryQuery } from '../../../extension/discovery/types';

const NOW = Date.parse('2026-03-20T12:00:00Z');
const q = (over: Partial<StoryQuery>): StoryQuery => ({ ...QUERY, ...over });

describe('renderGdelt', () => {
  it.each([
    ['quotes multi-word phrases only', q({}), '"port aldwin" "mara velden" "harbour union" ferry strike sourcelang:english'],
    ['drops words under three letters', q({ entities: ['EU', 'Oslo'], keywords: ['ok', 'tariff'] }), 'oslo tariff sourcelang:english'],
    ['quotes a hyphenated word (a bare dash is illegal)', q({ entities: ['al-Sadr'], keywords: [] }), '"al-Sadr" sourcelang:english'],
    ['strips illegal characters and parentheses', q({ entities: ['Velden (minister)'], keywords: ['strike!'] }), '"velden minister" strike sourcelang:english'],
    ['maps the language', q({ lang: 'fr-BE' }), '"port aldwin" "mara velden" "harbour union" ferry strike sourcelang:french'],
    ['omits an unknown language', q({ lang: 'xx' }), '"port aldwin" "mara velden" "harbour union" ferry strike'],
  ])('%s', (_name, query, expected) => {
    expect(renderGdelt(query, NOW)?.params.query).toBe(expected);
  });

  it('sends the window, sort, mode and format GDELT expects', () => {
    const r = renderGdelt(QUERY, NOW)!;
    expect(GDELT_MAX_RECORDS).toBeGreaterThan(75);
    expect(GDELT_MAX_RECORDS).toBeLessThanOrEqual(250);
    expect(r.params).toMatchObject({ mode: 'artlist', format: 'json', maxrecords: String(GDELT_MAX_RECORDS), sort: 'HybridRel', startdatetime: '20260310000000', enddatetime: '20260314235959' });
  });

  it('clamps the end of the window to now', () => {
    expect(renderGdelt(QUERY, Date.parse('2026-03-12T08:30:15Z'))!.params.enddatetime).toBe('20260312083015');
  });

  it('returns null when nothing searchable is left', () => {
    expect(renderGdelt(q({ entities: ['UK'], keywords: ['a'] }), NOW)).toBeNull();
  });
});

describe('renderGoogleNews', () => {
  it.each([
    ['en', null, '"Port Aldwin" "Mara Velden" "Harbour Union" ferry strike after:2026-03-10 before:2026-03-14', 'en-US', 'US', 'US:en'],
    ['fr', 'BE', '"Port Aldwin" "Mara Velden" "Harbour Union" ferry strike after:2026-03-10 before:2026-03-14', 'fr-BE', 'BE', 'BE:fr'],
    ['de-AT', null, '"Port Aldwin" "Mara Velden" "Harbour Union" ferry strike after:2026-03-10 before:2026-03-14', 'de-DE', 'DE', 'DE:de'],
  ])('lang %s country %s', (lang, country, text, hl, gl, ceid) => {
    expect(renderGoogleNews(q({ lang }), country)?.params).toEqual({ q: text, hl, gl, ceid });
  });
});

describe('renderBing', () => {
  it('never quotes and pins the market', () => {
    expect(renderBing(QUERY)?.params).toEqual({ q: 'Port Aldwin Mara Velden Harbour Union ferry strike', format: 'rss', mkt: 'en-US' });
    expect(renderBing(q({ lang: 'en' }), 'en-GB')?.params.mkt).toBe('en-GB');
    expect(renderBing(q({ entities: ['"Quoted Name"'], keywords: [] }))?.q).toBe('Quoted Name');
  });
});

describe('renderGuardian', () => {
  it('ANDs terms, quotes phrases and asks for full text', () => {
    expect(renderGuardian(q({ entities: ['Mara Velden'], keywords: ['ferry'] }), 'k3y')?.params).toEqual({
      q: '"Mara Velden" AND ferry',
      'from-date': '2026-03-10',
      'to-date': '2026-03-14',
      'order-by': 'relevance',
      'page-size': '20',
      'show-fields': 'trailText,bodyText,firstPublicationDate',
      'api-key': 'k3y',
    });
  });
});

describe('the reader’s own site', () => {
  const renderers: [string, (query: StoryQuery) => RenderedRequest | null][] = [
    ['GDELT', (query) => renderGdelt(query, NOW)],
    ['Google News', (query) => renderGoogleNews(query)],
    ['Bing', (query) => renderBing(query)],
    ['Guardian', (query) => renderGuardian(query, 'k3y')],
  ];
  const sites = [
    ['a domain', 'dailyexample.example', /dailyexample|site:|domain:/i],
    ['a dashed domain', 'north-star.example', /north-?star|site:|domain:/i],
    ['a second-level domain', 'courier.co.uk', /courier|site:|domain:/i],
    ['an outlet name (no address known)', 'The Daily Example', /daily ?example|site:|domain:/i],
  ] as const;
  it.each(renderers.flatMap(([provider, render]) => sites.map(([kind, own, leak]) => [provider, kind, render, own, leak] as const)))(
    '%s never receives it (%s)',
    (_provider, _kind, render, own, leak) => {
      const r = render(q({ excludeOutlet: own }))!;
      expect(r.q).toMatch(/aldwin/i);
      expect(JSON.stringify(r.params)).not.toMatch(leak);
    },
  );
});

describe('withParams', () => {
  it('encodes every value', () => {
    expect(withParams('http://h/base/', '/s', { q: '"a b" & c', x: 'é' })).toBe('http://h/base/s?q=%22a%20b%22%20%26%20c&x=%C3%A9');
  });
});
