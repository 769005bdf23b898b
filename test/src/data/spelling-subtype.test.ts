import { describe, expect, it } from 'vitest';
import { spellingSubtype } from '../../../src/data/spelling-subtype';

describe('spellingSubtype', () => {
  it.each([
    ['organize', 'organise', 'ize-ise'],
    ['organizations', 'organisations', 'ize-ise'],
    ['analyze', 'analyse', 'ize-ise'],
    ['color', 'colour', 'or-our'],
    ['behaviors', 'behaviours', 'or-our'],
    ['center', 'centre', 'er-re'],
    ['theaters', 'theatres', 'er-re'],
    ['defense', 'defence', 'ense-ence'],
    ['offenses', 'offences', 'ense-ence'],
    ['traveled', 'travelled', 'l-ll'],
    ['enrollment', 'enrolment', 'l-ll'],
    ['catalog', 'catalogue', 'og-ogue'],
    ['dialogs', 'dialogues', 'og-ogue'],
    ['pediatric', 'paediatric', 'ae-oe'],
    ['maneuver', 'manoeuvre', 'ae-oe'],
    ['fetus', 'foetus', 'ae-oe'],
    ['gray', 'grey', 'irregular'],
    ['plow', 'plough', 'irregular'],
    ['mold', 'mould', 'irregular'],
    ['airplane', 'aeroplane', 'irregular'],
    ['license', 'licence', 'ense-ence'],
    ['moldy', 'mouldy', 'irregular'],
  ] as const)('%s/%s → %s', (us, gb, subtype) => {
    expect(spellingSubtype(us, gb)).toBe(subtype);
  });
});
