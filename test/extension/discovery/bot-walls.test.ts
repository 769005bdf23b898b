// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BOT_WALLS_KEY, createWallMemory, MAX_BOT_WALLS, wallHost } from '../../../extension/discovery/bot-walls';
import { memoryStore } from './helpers';

describe('wallHost', () => {
  it.each([
    ['https://www.Example-Times.example/a/b?c#d', 'example-times.example'],
    ['http://news.example:8080/x', 'news.example'],
    ['WWW.bare.example', 'bare.example'],
  ])('%s → %s', (input, host) => expect(wallHost(input)).toBe(host));
});

describe('createWallMemory', () => {
  it('remembers hosts in the shared store, www or not, for every memory on that store', async () => {
    const store = memoryStore();
    const a = createWallMemory(store, { now: () => 1 });
    expect(await a.has('walled.example')).toBe(false);
    await a.remember('https://www.walled.example/story');
    const b = createWallMemory(store, { now: () => 2 });
    expect(await b.has('walled.example')).toBe(true);
    expect(await b.has('www.walled.example')).toBe(true);
    expect(await b.has('open.example')).toBe(false);
    expect(store.data.get(BOT_WALLS_KEY)).toEqual({ 'walled.example': 1 });
  });

  it('keeps concurrent remembers from one context', async () => {
    const store = memoryStore();
    const memory = createWallMemory(store, { now: () => 5 });
    await Promise.all(['a', 'b', 'c'].map((h) => memory.remember(`${h}.example`)));
    expect(Object.keys(store.data.get(BOT_WALLS_KEY) as object).sort()).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it('drops the oldest hosts beyond its bound', async () => {
    const store = memoryStore();
    let t = 0;
    const memory = createWallMemory(store, { now: () => ++t });
    store.data.set(BOT_WALLS_KEY, Object.fromEntries(Array.from({ length: MAX_BOT_WALLS }, (_, i) => [`h${i}.example`, -i])));
    await memory.remember('newest.example');
    const kept = store.data.get(BOT_WALLS_KEY) as Record<string, number>;
    expect(Object.keys(kept)).toHaveLength(MAX_BOT_WALLS);
    expect(kept['newest.example']).toBe(1);
    expect(kept[`h${MAX_BOT_WALLS - 1}.example`]).toBeUndefined();
  });

  it.each([['a string', 'walled.example'], ['an array', ['walled.example']], ['junk values', { 'walled.example': 'yes' }]])('reads %s in storage as nothing remembered', async (_name, value) => {
    const store = memoryStore();
    store.data.set(BOT_WALLS_KEY, value);
    const memory = createWallMemory(store, { now: () => 1 });
    expect(await memory.has('walled.example')).toBe(false);
    await memory.remember('other.example');
    expect(store.data.get(BOT_WALLS_KEY)).toEqual({ 'other.example': 1 });
  });

  it('treats a store that fails as one that remembers nothing', async () => {
    const memory = createWallMemory({ get: () => Promise.reject(new Error('gone')), set: () => Promise.reject(new Error('gone')) }, { now: () => 1 });
    expect(await memory.has('walled.example')).toBe(false);
    await expect(memory.remember('walled.example')).resolves.toBeUndefined();
  });
});
