// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderBing, renderGdelt, renderGoogleNews, renderGuardian, withParams } from '../../../extension/discovery/render-query';
import { QUERY } from './helpers';
import type { StoryQuery } from '../../../extension/discovery/types';

const NOW = Date.parse('2026-03-20T12:00:00Z');
const q = (over: Partial<StoryQuery>): StoryQuery => ({ ...QUERY, ...over });

describe('renderGdelt', () => {
  it.each([
    ['quotes multi-word phrases only', q({}), '"port aldwin" "mara velden" "harbour union" ferry strike sourcelang:english -domain:dailyexample.example'],
    ['drops words under three letters', q({ entities: ['EU', 'Oslo'], keywords: ['ok', 'tariff'] }), 'oslo tariff sourcelang:english -domain:dailyexample.example'],
    ['quotes a hyphenated word (a bare dash is illegal)', q({ entities: ['al-Sadr'], keywords: [] }), '"al-Sadr" sourcelang:english -domain:dailyexample.example'],
    ['skips -domain: for a dashed domain (GDELT returns nothing)', q({ excludeOutlet: 'north-star.example', keywords: [] }), '"port aldwin" "mara velden" "harbour union" sourcelang:english'],
    ['strips illegal characters and parentheses', q({ entities: ['Velden (minister)'], keywords: ['strike!'] }), '"velden minister" strike sourcelang:english -domain:dailyexample.example'],
    ['maps the language', q({ lang: 'fr-BE' }), '"port aldwin" "mara velden" "harbour union" ferry strike sourcelang:french -domain:dailyexample.example'],
    ['omits an unknown language', q({ lang: 'xx' }), '"port aldwin" "mara velden" "harbour union" ferry strike -domain:dailyexample.example'],
  ])('%s', (_name, query, expected) => {
    expect(renderGdelt(query, NOW)?.params.query).toBe(expected);
  });

  it('sends the window, sort, mode and format GDELT expects', () => {
    const r = renderGdelt(QUERY, NOW)!;
    expect(r.params).toMatchObject({ mode: 'artlist', format: 'json', maxrecords: '75', sort: 'HybridRel', startdatetime: '20260310000000', enddatetime: '20260314235959' });
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
    ['en', null, '"Port Aldwin" "Mara Velden" "Harbour Union" ferry strike -site:dailyexample.example after:2026-03-10 before:2026-03-14', 'en-US', 'US', 'US:en'],
    ['fr', 'BE', '"Port Aldwin" "Mara Velden" "Harbour Union" ferry strike -site:dailyexample.example after:2026-03-10 before:2026-03-14', 'fr-BE', 'BE', 'BE:fr'],
    ['de-AT', null, '"Port Aldwin" "Mara Velden" "Harbour Union" ferry strike -site:dailyexample.example after:2026-03-10 before:2026-03-14', 'de-DE', 'DE', 'DE:de'],
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

describe('withParams', () => {
  it('encodes every value', () => {
    expect(withParams('http://h/base/', '/s', { q: '"a b" & c', x: 'é' })).toBe('http://h/base/s?q=%22a%20b%22%20%26%20c&x=%C3%A9');
  });
});
