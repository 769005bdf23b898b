import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/compare';
import type { Article, Difference } from '../../../src/index';

// Invented sentences (no seed or corpus text): each row is one classification rule of the second pass.
const art = (paragraphs: string[]): Article => ({ title: '', outlet: 'x', url: '', publishedTime: null, paragraphs });
const diffs = (a: string[], b: string[]): Difference[] => compareArticles(art(a), art(b)).differences;
const view = (d: Difference): string => `${d.kind}/${d.detail ?? ''}: ${d.a} → ${d.b}`;

describe('hunk classification on invented pairs', () => {
  it.each([
    // Coreference: a role description or a pronoun standing for the named person.
    ['reference by role', ['Varga spoke after a vote on the harbour plan in Caldera.'], ['The Danish leader said at the vote on the harbour plan in Caldera.'], 'wording/reference: Varga spoke after a → The Danish leader said at the'],
    ['reference by pronoun', ['Varga later praised the volunteer crews at the harbour.'], ['She later praised the volunteer crews at the harbour.'], 'wording/reference: Varga → She'],
    // A loaded reporting verb is substantive; a neutral one is not.
    ['loaded attribution verb', ['The mayor said the ferry was safe to sail.'], ['The mayor insisted the ferry was safe to sail.'], 'substantive/attribution: said → insisted'],
    ['neutral attribution verb', ['The mayor said the ferry was safe to sail.'], ['The mayor told the ferry was safe to sail.'], 'wording/paraphrase: said → told'],
    // A directive verb carries the demand a dropped "must" expressed.
    ['must under a directive', ['Varga told the councils they must repair the old harbour walls.'], ['Varga called on the councils to repair the old harbour walls.'], 'wording/paraphrase: they must → to'],
    // Numbers in words are numbers.
    ['number word', ['Three ferries sailed from Caldera at dawn on Monday.'], ['Four ferries sailed from Caldera at dawn on Monday.'], 'substantive/number: Three → Four'],
    // Possessive: "President of X" and "X's President".
    ['of-possessive', ['In a speech, President of Rostavia Ilko Varga thanked the crews.'], ['In a speech, Rostavia’s President Ilko Varga thanked the crews.'], 'possessive/of-possessive: President of Rostavia → Rostavia’s President'],
    // -ize/-ise for a word VarCon does not list, inside a longer sentence.
    ['-ize/-ise fallback', ['The council will ferryize the old harbour route next spring.'], ['The council will ferryise the old harbour route next spring.'], 'spelling/ize-ise: ferryize → ferryise'],
  ])('%s', (_name, a, b, expected) => {
    expect(diffs(a, b).filter((d) => d.kind !== 'case').map(view)).toContain(expected);
  });

  it('never calls a punctuation-only hunk substantive, and splits a merge at the sentence join', () => {
    const found = diffs(
      ['Varga spoke after a vote in Caldera on the harbour plan.', 'Crews cheered at the pier.', 'She added that “we will rebuild every broken pier before winter.”'],
      ['Varga spoke after a vote in Caldera on the harbour plan that “we will rebuild every broken pier before winter”.', 'Crews cheered at the pier.'],
    );
    for (const d of found) {
      if (/^[\p{P}\s]*$/u.test(d.a + d.b)) expect(d.kind, view(d)).not.toBe('substantive');
    }
    expect(found.map(view)).toContain('wording/deletion: She added → ');
  });

  it('joins quote marks one outlet puts around shared words into one finding', () => {
    const found = diffs(['The minister called for their collective security by Friday.'], ['The minister called for the region’s “collective security” by Friday.']);
    expect(found.map(view)).toContain('punctuation/quote-marks: collective security → “collective security”');
    expect(found.some((d) => d.a === '' && /^[“”]$/.test(d.b))).toBe(false);
  });

  it('labels a quotation only one outlet has as an extra quote, not a reworded one', () => {
    const [d] = diffs(['Varga declined to name the ships.'], ['Varga declined to name the ships, saying she prefers “quiet diplomacy”.']).filter((x) => x.kind === 'quote');
    expect(d).toMatchObject({ kind: 'quote', detail: 'extra-quote', severity: 'insertion' });
    const [m] = diffs(['Varga declined to name the ships, saying she prefers “quiet diplomacy”.'], ['Varga declined to name the ships.']).filter((x) => x.kind === 'quote');
    expect(m).toMatchObject({ kind: 'quote', detail: 'omitted-quote', severity: 'insertion' });
  });

  it('treats a name left out of a sentence but told elsewhere as context, a name new to the story as a fact', () => {
    const a = ['Crews from Caldera met in Rostavik on Monday.', 'Caldera crews praised the harbour plan.'];
    const context = diffs(a, ['Crews met in Rostavik on Monday.', 'Caldera crews praised the harbour plan.']);
    expect(context.map(view)).toContain('wording/deletion: from Caldera → ');
    const fact = diffs(['Crews met in Rostavik on Monday.'], ['Crews from Velmora met in Rostavik on Monday.']);
    expect(fact.map((d) => d.kind)).toContain('substantive');
  });
});
