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

describe('contentKeys on long runs of words', () => {
  // Past a few dozen distinct keys the dedupe switches from a scan to a set: both keep first-seen order.
  it.each([20, 48, 49, 200])('%i distinct words, each told twice', (n) => {
    const words = Array.from({ length: n }, (_, i) => `harbour${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    expect(contentKeys([...words, ...words.slice().reverse()].join(' '))).toEqual(words);
  });
});
