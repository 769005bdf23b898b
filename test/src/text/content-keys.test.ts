import { describe, expect, it } from 'vitest';
import { contentKeys } from '../../../src/text/content-keys';

describe('contentKeys', () => {
  it.each([
    ['NATO’s defenses', ['nato', 'defences']],
    ["Nato's defences", ['nato', 'defences']],
    ['The president said it was not finished.', ['president', 'said', 'finished']],
    ['68 percent on Feb. 26', ['PCT:68', 'DATE:02-26']],
    ['Kiev and Kyiv', ['kyiv']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(contentKeys(text)).toEqual(expected);
  });
});
