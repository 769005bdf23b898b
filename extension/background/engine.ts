import type { Article, Comparison, Limits } from '../../src/index';
import * as engine from '../../src/index';
import { ParallaxError } from '../errors';

export type CompareFn = (a: Article, b: Article, limits?: Limits) => Comparison;

// The engine's compareArticles lands in a parallel change; until it does, a comparison fails with a plain
// `internal` error instead of the whole background failing to build.
const compareArticles = (engine as unknown as { compareArticles?: CompareFn }).compareArticles;

export const compareWithEngine: CompareFn = (a, b, limits) => {
  if (typeof compareArticles !== 'function') throw new ParallaxError('internal', 'the comparison engine is not built in');
  return compareArticles(a, b, limits);
};
