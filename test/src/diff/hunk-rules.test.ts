// Tests the dialect-vocabulary rule of src/diff/hunk-rules.ts through compareArticles, on invented
// sentences (no seed or corpus text): which substitutions are named as US/UK vocabulary and which not.
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/compare';
import type { Article, Difference } from '../../../src/index';

const art = (paragraphs: string[], lang: string | null = 'en'): Article => ({ title: '', outlet: 'x', url: '', publishedTime: null, lang, paragraphs });
const view = (d: Difference): string => `${d.kind}/${d.detail ?? ''}: ${d.a} → ${d.b}`;
const diffs = (a: string, b: string, langA: string | null = 'en', langB: string | null = langA): Difference[] =>
  compareArticles(art([a], langA), art([b], langB)).differences.filter((d) => d.kind !== 'case');

describe('dialect vocabulary', () => {
  // [name, A, B, the finding expected, the US/UK pair its rule names (null: no dialect rule at all)]
  it.each<[string, string, string, string, [string, string] | null]>([
    ['a lorry driver / a truck driver', 'Police stopped a truck driver on the coast road at dawn.', 'Police stopped a lorry driver on the coast road at dawn.', 'wording/dialect-vocabulary: truck → lorry', ['truck', 'lorry']],
    ['British side first', 'Police stopped a lorry driver on the coast road at dawn.', 'Police stopped a truck driver on the coast road at dawn.', 'wording/dialect-vocabulary: lorry → truck', ['truck', 'lorry']],
    ['plural at a sentence start (not a name)', 'Trucks queued on the coast road at dawn on Monday.', 'Lorries queued on the coast road at dawn on Monday.', 'wording/dialect-vocabulary: Trucks → Lorries', ['trucks', 'lorries']],
    ['pants / trousers', 'He wore grey pants to the hearing in Caldera on Monday.', 'He wore grey trousers to the hearing in Caldera on Monday.', 'wording/dialect-vocabulary: pants → trousers', ['pants', 'trousers']],
    ['the article follows the noun', 'The family moved into an apartment near the harbour last spring.', 'The family moved into a flat near the harbour last spring.', 'wording/dialect-vocabulary: an apartment → a flat', ['apartment', 'flat']],
    // Decided: a swap of the two always names association football (see scripts/data/voc.ts ADDED).
    ['soccer / football', 'The soccer club in Caldera sold its stadium on Monday.', 'The football club in Caldera sold its stadium on Monday.', 'wording/dialect-vocabulary: soccer → football', ['soccer', 'football']],
    ['a modal look-alike ("can" is not modality here)', 'He kept a can of beans in the harbour office.', 'He kept a tin of beans in the harbour office.', 'wording/dialect-vocabulary: can → tin', ['can', 'tin']],
    ['a hyphenated British compound', 'The gearshift broke in the harbour van on Monday.', 'The gear-lever broke in the harbour van on Monday.', 'wording/dialect-vocabulary: gearshift → gear-lever', ['gearshift', 'gear lever']],
    ['a two-word American side', 'Write the zip code on the harbour permit form.', 'Write the postcode on the harbour permit form.', 'wording/dialect-vocabulary: zip code → postcode', ['zip code', 'postcode']],
    // "flat" the adjective stays plain wording; the apartment in the same sentence is named.
    ['the flat rate (adjective)', 'Landlords charge a flat rate for the apartment near the harbour.', 'Landlords charge a fixed rate for the flat near the harbour.', 'wording/paraphrase: flat → fixed', ['apartment', 'flat']],
    ['flat / puncture is left out of the table', 'The lorry had a flat on the coast road at dawn.', 'The lorry had a puncture on the coast road at dawn.', 'wording/paraphrase: flat → puncture', null],
    // mom/mum is a VarCon spelling pair, so it was cosmetic before this table and stays so.
    ['mom / mum stays spelling', 'Her mom said the harbour crews worked through the night.', 'Her mum said the harbour crews worked through the night.', 'spelling/irregular: mom → mum', null],
    ['a pair inside a longer change is not named', 'Police stopped the old truck on the coast road at dawn.', 'Police stopped the new lorry on the coast road at dawn.', 'wording/paraphrase: old truck → new lorry', null],
    ['a van is not a truck', 'Police stopped a truck on the coast road at dawn.', 'Police stopped a van on the coast road at dawn.', 'wording/paraphrase: truck → van', null],
    ['a word the table drops (gas)', 'Drivers in Caldera paid more for gas on Monday.', 'Drivers in Caldera paid more for petrol on Monday.', 'wording/paraphrase: gas → petrol', null],
    ['a pair inside a quotation is a quote difference', 'Varga said: “I left my truck at the harbour on Monday.”', 'Varga said: “I left my lorry at the harbour on Monday.”', 'quote/quote-wording: truck → lorry', null],
  ])('%s', (_name, a, b, expected, pair) => {
    const found = diffs(a, b);
    expect(found.map(view)).toContain(expected);
    const named = found.filter((d) => d.detail === 'dialect-vocabulary');
    if (pair === null) {
      expect(named).toEqual([]);
      expect(found.some((d) => d.rule !== undefined || d.salience !== undefined)).toBe(false);
      return;
    }
    expect(named).toHaveLength(1);
    expect(named[0]).toMatchObject({ kind: 'wording', cosmetic: false, salience: 'low' });
    expect(named[0].rule).toMatch(new RegExp(`^Dialect vocabulary: US "${pair[0]}" / UK "${pair[1]}"\\. `));
    // Only the dialect finding is ranked lower; every other wording keeps the normal salience.
    for (const d of found) if (d !== named[0]) expect(d.salience).toBeUndefined();
  });

  it('never names a pair in articles that are not both English', () => {
    // Invented German pair ("Film" / "Movie" is a US/UK pair in English text) and the same with one side English.
    // Long enough (20+ words) for the language to be read from the text when none is declared.
    const a = 'Der neue Film des Regisseurs lief am Dienstag im Kino am Hafen, sagte die Sprecherin der Stadt, und die Karten waren schnell verkauft.';
    const b = 'Der neue Movie des Regisseurs lief am Dienstag im Kino am Hafen, sagte die Sprecherin der Stadt, und die Karten waren schnell verkauft.';
    for (const [la, lb] of [['de', 'de'], ['en', 'de'], [null, null]] as const) {
      const found = diffs(a, b, la, lb);
      expect(found.map((d) => `${d.a} → ${d.b}`), `${la}/${lb}`).toContain('Film → Movie');
      expect(found.filter((d) => d.detail === 'dialect-vocabulary' || d.rule !== undefined)).toEqual([]);
    }
    // The gate is what changes it: declared English, the same pair is named.
    expect(diffs(a, b, 'en').map(view)).toContain('wording/dialect-vocabulary: Film → Movie');
  });

  it('the quote a dialect word changes is reported as changed, with its speaker', () => {
    const c = compareArticles(art(['Varga said: “I left my truck at the harbour on Monday.”']), art(['Varga said: “I left my lorry at the harbour on Monday.”']));
    expect(c.quotes.map((q) => q.status)).toEqual(['changed']);
    expect(c.differences.find((d) => d.kind === 'quote')).toMatchObject({ speaker: 'Varga', severity: 'substitution' });
  });
});
