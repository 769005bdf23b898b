import { describe, expect, it } from 'vitest';
import { longestIncreasingSubsequence } from '../../../src/align/lis';

describe('longestIncreasingSubsequence', () => {
  it.each([
    [[], []],
    [[0, 1, 2, 3], [0, 1, 2, 3]],
    [[3, 2, 1, 0], [3]],
    [[0, 4, 1, 2, 3], [0, 2, 3, 4]],
    [[2, 0, 1, 5, 3, 4], [1, 2, 4, 5]],
  ])('%j → indices %j', (values, expected) => {
    expect(longestIncreasingSubsequence(values)).toEqual(expected);
  });
});
