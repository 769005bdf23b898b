// Tests scripts/data/check-curated.ts against the committed tables and against planted mistakes.
import { describe, expect, it } from 'vitest';
import { curatedProblems, DISTINCT_ENTITIES } from '../../../scripts/data/check-curated';
import translit from '../../../src/data/translit.json';

describe('curated tables', () => {
  it('have no problems', () => {
    expect(curatedProblems()).toEqual([]);
  });

  it('report a planted mistake', () => {
    translit.clusters.push(['hamas', 'homs']);
    try {
      expect(curatedProblems()).toContain('translit puts distinct entities hamas and homs in cluster hamas');
    } finally {
      translit.clusters.pop();
    }
  });

  it('guards the traps the brief names', () => {
    const pairs = DISTINCT_ENTITIES.map(([x, y]) => `${x}/${y}`);
    expect(pairs).toEqual(expect.arrayContaining(['zelenska/zelensky', 'hamas/homs', 'niger/nigeria', 'iran/iraq', 'austria/australia', 'sudan/sweden']));
  });
});
