// Coverage cards for the App's tests over the mock client: a pending card and a compared one.
import type { CoverageItem } from '../../popup/components/coverage-types';

export const evidence = {} as NonNullable<CoverageItem['match']>['evidence'];
export const counts = { similarity: 0.8, sharedText: { a: 0.7, b: 0.6 }, variants: 2, quoteChanges: 1, onlyHere: 1, onlyInReader: 1, meaningful: 2, partial: false };

export const card = (id: string, over: Partial<CoverageItem> = {}): CoverageItem => ({
  id, url: `https://${id}.example/a`, outlet: `${id} Times`, title: `${id} headline`, publishedTime: null, providers: ['bing'], preScore: 0.5, state: 'pending', ...over,
});

export const compared = (id: string) => card(id, { state: 'compared', match: { score: 0.9, verdict: 'same-story', evidence }, counts });
