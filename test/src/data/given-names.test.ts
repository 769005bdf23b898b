import { describe, expect, it } from 'vitest';
import { formalGivenName } from '../../../src/data/lexicon';

describe('formalGivenName', () => {
  it.each([
    ['jim', 'james'],
    ['dave', 'david'],
    ['bill', 'william'],
    ['chuck', 'charles'],
    ['liz', 'elizabeth'],
    // A full name, an unknown one, and the short forms left out as ambiguous stay as they are.
    ['james', 'james'],
    ['orla', 'orla'],
    ['will', 'will'],
    ['harry', 'harry'],
    ['pat', 'pat'],
  ])('%s → %s', (short, full) => expect(formalGivenName(short)).toBe(full));
});
