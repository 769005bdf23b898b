import { describe, expect, it } from 'vitest';
import { COSMETIC_KINDS } from '../../../src/comparison';
import { dialectRule, styleRule } from '../../../src/data/style-rule';

describe('styleRule', () => {
  it.each([
    ['case', 'NATO', 'Nato', /AP and Reuters write NATO; the BBC and the Guardian write Nato/],
    ['case', 'Unesco', 'UNESCO', /write Nato/],
    ['case', 'President', 'president', /AP lowercases titles/],
    ['spelling', 'defense', 'defence', /^American -se vs British -ce spelling \(defense\/defence\)\.$/],
    ['spelling', 'defences', 'defenses', /-se vs British -ce spelling \(defenses\/defences\)/],
    ['spelling', 'organized', 'organised', /-ize vs British -ise.*BBC requires -ise \(organized\/organised\)/],
    ['spelling', 'color', 'colour', /-or vs British -our spelling \(color\/colour\)/],
    ['spelling', 'Centre', 'center', /-er vs British -re spelling \(center\/centre\)/],
    ['spelling', 'traveled', 'travelled', /double the l/],
    ['spelling', 'catalog', 'catalogue', /-og vs British -ogue/],
    ['spelling', 'pediatric', 'paediatric', /ae\/oe/],
    ['spelling', 'gray', 'grey', /^American vs British spelling \(gray\/grey\)\./],
    ['spelling', 'practice', 'practise', /noun vs verb/],
    ['transliteration', 'Kiev', 'Kyiv', /14 Aug 2019.*13 Feb 2019/],
    ['transliteration', 'Zelenskyy', 'Zelenskiy', /AP wrote Zelenskyy, Reuters Zelenskiy/],
    ['transliteration', 'Qaddafi', 'Gadhafi', /AP Gadhafi, the New York Times Qaddafi/],
    ['transliteration', 'al-Qaida', 'al-Qaeda', /AP writes al-Qaida/],
    ['transliteration', 'Kharkov', 'Kharkiv', /several accepted spellings.*\(Kharkov\/Kharkiv\)/],
    ['abbreviation', 'U.K.', 'UK', /AP writes U\.S\. and U\.K\. with dots/],
    ['abbreviation', 'a.m.', 'am', /the Guardian writes 4am/],
    ['abbreviation', 'J.K.', 'JK', /initials/],
    ['abbreviation', 'St.', 'St', /AP keeps them/],
    ['honorific', 'Mr Macron', 'Macron', /BBC adds Mr\/Mrs on second reference; AP uses no courtesy titles/],
    ['honorific', 'President Macron', 'Mr Macron', /names the office, the other uses a courtesy title/],
    ['honorific', 'Keir Starmer', 'Sir Keir', /knighthood or peerage/],
    ['possessive', 'Ukraine', "Ukraine's", /Ukrainian President/],
    ['number', 'nine', '9', /one to nine/],
    ['number', '4 percent', '4%', /% with figures since 2019/],
    ['number', 'Feb. 26', '26 February', /AP writes Feb\. 26/],
    ['number', '9 a.m.', '09:00', /24-hour clock/],
    ['number', '$1 billion', '$1bn', /£5m and \$1bn/],
    ['number', '20', 'twenty', /one to nine/],
    ['punctuation', 'full-scale', 'full scale', /Hyphenation/],
    ['punctuation', '“ruled out”', '"ruled out"', /quotation marks/],
    ['punctuation', ',', '—', /house style, not wording/],
  ] as const)('%s %j / %j', (kind, a, b, expected) => {
    expect(styleRule(kind, a, b)).toMatch(expected);
  });

  it.each(COSMETIC_KINDS)('gives one line for %s, even on empty or odd input', (kind) => {
    for (const [a, b] of [['', ''], ['x', ''], ['…', '🙂'], ['A'.repeat(10_000), 'a']]) {
      const line = styleRule(kind, a, b);
      expect(line.length).toBeGreaterThan(20);
      expect(line).not.toMatch(/\n|undefined|\{pair\}/);
    }
  });
});

describe('dialectRule', () => {
  it.each([
    [{ us: 'apartment', gb: 'flat' }, 'Dialect vocabulary: US "apartment" / UK "flat". '],
    [{ us: 'zip code', gb: 'postcode' }, 'Dialect vocabulary: US "zip code" / UK "postcode". '],
  ])('names %j, in one line, and says to read the sentence', (pair, start) => {
    const line = dialectRule(pair);
    expect(line.startsWith(start)).toBe(true);
    expect(line).toMatch(/remove Americanisms from agency copy.*not always name the same thing/);
    expect(line).not.toMatch(/\n|\{us\}|\{gb\}/);
  });
});
