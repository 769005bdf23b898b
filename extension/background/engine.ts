import { compareArticles, type Article, type Comparison, type Limits } from '../../src/index';

export type CompareFn = (a: Article, b: Article, limits?: Limits) => Comparison;

// The engine runs here in the background (service worker / event page), never in the popup: the popup's
// JS budget is small and a comparison must survive the popup closing.
export const compareWithEngine: CompareFn = (a, b, limits) => compareArticles(a, b, limits);
