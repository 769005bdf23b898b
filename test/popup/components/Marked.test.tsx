import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Difference } from '../../../src/index';
import { Marked } from '../../../popup/components/Marked';

const text = 'The truck driver was taken to hospital.';
const difference = (over: Partial<Difference>): Difference => ({
  kind: 'wording',
  cosmetic: false,
  confidence: 0.8,
  a: 'truck',
  b: 'lorry',
  aSpan: { paragraph: 0, start: 4, end: 9 },
  bSpan: { paragraph: 0, start: 4, end: 9 },
  group: 0,
  aSentence: 0,
  bSentence: 0,
  ...over,
});

describe('Marked', () => {
  // The engine names a US/UK word swap (detail `dialect-vocabulary`) and ranks it below other wording.
  it.each([
    ['a US/UK word swap: named in its label, drawn lighter', { detail: 'dialect-vocabulary' as const }, 'Wording (US/UK word): truck → lorry', true],
    ['other wording: as before', {}, 'Wording: truck → lorry', false],
  ])('%s', (_, over, title, dialect) => {
    const pieces = [
      { text: 'The ', start: 0, end: 4, mark: null },
      { text: 'truck', start: 4, end: 9, mark: 0 },
      { text: text.slice(9), start: 9, end: text.length, mark: null },
    ];
    const { container } = render(<Marked pieces={pieces} differences={[difference(over)]} />);
    const mark = container.querySelector('mark')!;
    expect(mark.getAttribute('title')).toBe(title);
    expect(mark.classList.contains('d-dialect')).toBe(dialect);
    expect(container.textContent).toBe(text);
  });
});
