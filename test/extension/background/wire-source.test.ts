// Naming the wire behind copies: on the demo newsstand's two republications of the Atlas Wire story (real
// extraction), and on invented one-liners for the edge cases.
import { describe, expect, it } from 'vitest';
import { datelineAgency, wireSourceOf } from '../../../extension/background/wire-source';
import { demoArticle } from '../../popup/demo-story';

const copy = (outlet: string, first: string, byline: string | null = null) => ({ outlet, byline, paragraphs: [first, 'The council met on Monday.'] });

describe('datelineAgency', () => {
  it.each([
    ['GENEVA (Atlas Wire) — NATO allies agreed', 'Atlas Wire'],
    ['KYIV, Ukraine (AP) — Drones struck', 'AP'],
    ['BRUSSELS, Feb 26 (Reuters) - The EU', 'Reuters'],
    ['The council (the board) — said so', null],
    ['Paris (AP) — a title-case city is a sentence', null],
    ['', null],
  ])('%j → %s', (first, agency) => {
    expect(datelineAgency([first])).toBe(agency);
  });
});

describe('wireSourceOf', () => {
  it('names Atlas Wire for the demo story’s republications, whichever copy comes first', () => {
    const copies = [demoArticle('republished'), demoArticle('wire')];
    expect(wireSourceOf(copies)).toBe('Atlas Wire');
    expect(wireSourceOf([...copies].reverse())).toBe('Atlas Wire');
  });

  it.each([
    ['a shared byline without datelines', [copy('A', 'Ministers met.', 'By Nordic News Service'), copy('B', 'Ministers met.', 'By Nordic News Service')], 'Nordic News Service'],
    ['one outlet’s own reporter', [copy('A', 'Ministers met.', 'Jo Roe'), copy('B', 'Ministers met.')], null],
    ['nothing said', [copy('A', 'Ministers met.'), copy('B', 'Ministers met.')], null],
    ['a dateline outvoting a shared byline', [copy('A', 'OSLO (Atlas Wire) — Ministers met.', 'Staff'), copy('B', 'OSLO (Atlas Wire) — Ministers met.', 'Staff')], 'Atlas Wire'],
  ])('%s → %s', (_what, copies, source) => {
    expect(wireSourceOf(copies)).toBe(source);
  });
});
