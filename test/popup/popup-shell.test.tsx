// popup.html paints a static first frame before any script runs; the app must take it over cleanly.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../popup/App';
import { createMockClient } from '../../popup/mock-client';
import { pageArticle } from '../extension/articles';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const html = readFileSync(resolve(import.meta.dirname, '..', '..', 'popup', 'popup.html'), 'utf8');
const shell = /<div id="app">([\s\S]*?)<\/div>\s*<\/body>/.exec(html)?.[1] ?? '';

afterEach(() => document.body.replaceChildren());

describe('the popup’s first frame', () => {
  it('is the brand header alone, with no text to translate but the brand', () => {
    const doc = new DOMParser().parseFromString(shell, 'text/html');
    expect(doc.querySelector('.brand .brand-name')?.textContent).toBe('Parallax');
    expect(doc.body.textContent?.trim()).toBe('Parallax');
  });

  it('is replaced by the app: one header, the app’s state, nothing of the shell left over', async () => {
    const root = document.createElement('div');
    root.id = 'app';
    root.append(...new DOMParser().parseFromString(shell, 'text/html').body.childNodes);
    document.body.append(root);
    render(<App client={createMockClient({ article: pageArticle() })} />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="popup"]')?.getAttribute('data-state')).toBe('ready'));
    expect(root.querySelectorAll('.brand')).toHaveLength(1);
    expect(root.querySelectorAll('main')).toHaveLength(1);
    expect(root.querySelector('[data-testid="options-link"]')).not.toBeNull();
  });
});
