// The content script's entry: one listener per page, and a reopened popup answered from memory while the
// page keeps its address.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExtractResult } from '../../../extension/messages';
import { fixtureHtml } from './fixture-pages';

type Listener = (message: unknown, sender: object) => Promise<unknown> | undefined;
const listeners: Listener[] = [];
vi.mock('webextension-polyfill', () => ({ default: { runtime: { onMessage: { addListener: (h: Listener) => listeners.push(h) } } } }));

const ask = async () => (await listeners[0]({ type: 'parallax-extract' }, {})) as ExtractResult;
const firstParagraph = (r: ExtractResult) => (r.ok ? r.article.paragraphs[0] : r.code);

beforeAll(async () => {
  const page = new DOMParser().parseFromString(fixtureHtml('daily-example-harbour'), 'text/html');
  document.documentElement.replaceChildren(...[...page.documentElement.childNodes].map((n) => document.importNode(n, true)));
  await import('../../../extension/content/main');
  // A second injection runs the script again (a fresh module instance), as executeScript does.
  vi.resetModules();
  await import('../../../extension/content/main'); // injected twice: still one listener
});
afterAll(() => document.documentElement.replaceChildren());

describe('content script entry', () => {
  it('listens once however often it is injected', () => expect(listeners).toHaveLength(1));

  it('answers a second ask at the same address from memory, and reads again at a new one', async () => {
    const first = await ask();
    expect(first.ok).toBe(true);
    const p = document.querySelector('article p, p')!;
    const before = p.textContent;
    p.textContent = 'Changed after the first reading, and long enough to count as a paragraph of the story.';
    expect(firstParagraph(await ask())).toBe(firstParagraph(first));
    history.pushState(null, '', '/another-address');
    const again = await ask();
    expect(again.ok && again.article.paragraphs.join(' ')).toContain('Changed after the first reading');
    p.textContent = before;
  });

  // The popup injects content.js and content-answer.js in one call and takes the last file's value.
  it('gives content-answer.js the article as its value, and nothing where the script is missing', async () => {
    const answerJs = readFileSync(resolve(import.meta.dirname, '../../../extension/content/answer.js'), 'utf8');
    // Indirect eval gives a script's completion value, as executeScript does.
    // eslint-disable-next-line no-eval -- evaluates the shipped file the way the browser does
    const evaluate = (code: string): unknown => (0, eval)(code);
    expect(evaluate(answerJs)).toEqual(await ask());
    const scope = window as unknown as { __parallaxAnswer?: unknown };
    const saved = scope.__parallaxAnswer;
    delete scope.__parallaxAnswer;
    expect(evaluate(answerJs)).toBeNull();
    scope.__parallaxAnswer = saved;
  });

  // A reopened popup asks what an earlier one painted: the same listener answers, from the same memory.
  it('routes highlight status requests to the painting’s memory', async () => {
    const send = (message: unknown) => listeners[0](message, {});
    expect(await send({ type: 'parallax-highlight-status' })).toEqual({ ok: true, key: null, of: null, mode: 'off', painted: 0, missed: 0 });
    const paragraph = document.querySelector('article p, p')!.textContent!.trim();
    const plan = { paragraphs: [paragraph], marks: [{ kind: 'only', paragraph: 0, start: 0, end: 12, note: 'x', other: null }], key: 'north.example/story' };
    expect(await send({ type: 'parallax-highlight', plan })).toMatchObject({ ok: true, painted: 1, missed: 0 });
    expect(await send({ type: 'parallax-highlight-status' })).toMatchObject({ key: 'north.example/story', painted: 1, missed: 0 });
    await send({ type: 'parallax-highlight', plan: null });
    expect(await send({ type: 'parallax-highlight-status' })).toMatchObject({ key: null, mode: 'off' });
    expect(send({ type: 'parallax-highlight-state' })).toBeUndefined();
  });
});
