import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import catalogue from '../../_locales/en/messages.json';
import { formatEntry, hasMessage, setMessageGetter, setStretch, t, tn } from '../../popup/i18n';

afterEach(() => {
  setMessageGetter(null);
  setStretch(1);
});

describe('t', () => {
  it.each([
    ['back', [], '← Back'],
    ['sharedTextBoth', ['74%', 'A', '61%', 'B'], 'Shared text: 74% of A, 61% of B'],
    ['wireAlsoMany', ['4', 'Atlas Wire'], 'Atlas Wire story, also run by 4 outlets'],
  ] as const)('%s with %j', (key, subs, expected) => {
    expect(t(key, ...subs)).toBe(expected);
  });

  it('follows WebExtension placeholder rules, including $$ and missing substitutions', () => {
    expect(formatEntry({ message: 'Cost $$5 for $WHO$ and $X$', placeholders: { who: { content: '$1' } } }, ['Ada'])).toBe('Cost $5 for Ada and $X$');
    expect(formatEntry({ message: '$A$-$B$', placeholders: { a: { content: '$1' }, b: { content: '$2' } } }, ['x'])).toBe('x-');
  });

  it('uses an injected getter and falls back to the catalogue when it answers nothing', () => {
    setMessageGetter((key) => (key === 'back' ? 'Zurück' : ''));
    expect(t('back')).toBe('Zurück');
    expect(t('openFull')).toBe('Open full comparison');
  });

  it('picks singular or plural', () => {
    expect(tn(1, 'countQuotesOne', 'countQuotesMany')).toBe('1 quote change');
    expect(tn(3, 'countQuotesOne', 'countQuotesMany')).toBe('3 quote changes');
  });

  it('stretches strings by 30% for the long-string rehearsal', () => {
    setStretch(1.3);
    expect(t('openFull').length).toBeGreaterThanOrEqual(Math.ceil('Open full comparison'.length * 1.3));
  });
});

describe('the English catalogue', () => {
  const ROOT = resolve(import.meta.dirname, '..', '..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
    });

  it('has every key the view asks for, with a description and declared placeholders', () => {
    const used = new Set<string>();
    for (const file of files(resolve(ROOT, 'popup'))) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\btn?\('([A-Za-z]+)'(?:,\s*'([A-Za-z]+)')?/g)) [m[1], m[2]].filter(Boolean).forEach((k) => used.add(k));
      for (const m of src.matchAll(/(?:label|means): '([A-Za-z]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(60);
    for (const key of used) expect(hasMessage(key), key).toBe(true);
    for (const [key, entry] of Object.entries(catalogue as Record<string, { message: string; description?: string; placeholders?: Record<string, unknown> }>)) {
      expect(entry.description, key).toBeTruthy();
      for (const m of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) expect(Object.keys(entry.placeholders ?? {}), key).toContain(m[1].toLowerCase());
    }
  });
});
