// User-facing strings: `t(key, ...subs)` over the browser's i18n catalogue. The popup may not touch browser
// globals, so the real getter is injected (setMessageGetter) by whoever owns the browser seam; until then,
// and in tests, the shipped English catalogue answers. Both follow the WebExtension format: $NAME$ names a
// placeholder whose content is "$1".."$9", a substitution.
import english from '../_locales/en/messages.json';
import { formatCount } from './format';

interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;
export type MessageKey = keyof typeof english;
export type MessageGetter = (key: string, subs: string[]) => string;

const CATALOGUE = english as Catalogue;

/** The browser's own formatting rules, for the bundled catalogue (tests, previews, a missing key). */
export function formatEntry(entry: CatalogueEntry, subs: string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const holder = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return holder ? holder[1].content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

const catalogueGetter: MessageGetter = (key, subs) => {
  const entry = CATALOGUE[key];
  return entry ? formatEntry(entry, subs) : '';
};

let getter: MessageGetter = catalogueGetter;
/** Long-string rehearsal: pads every message by this factor (layout must survive 1.3). */
let stretch = 1;

export function setMessageGetter(next: MessageGetter | null): void {
  getter = next ?? catalogueGetter;
}

export function setStretch(factor: number): void {
  stretch = Math.max(1, factor);
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  // browser.i18n answers '' for an unknown key: the English catalogue is the floor, the key the last resort.
  const text = getter(key, strings) || catalogueGetter(key, strings) || key;
  if (stretch === 1) return text;
  const extra = Math.ceil(text.length * (stretch - 1));
  return `${text} ${'~'.repeat(Math.max(0, extra - 1))}`;
}

/** Singular or plural message by count (English: one / other; enough for the shipped locale). */
export function tn(count: number, one: MessageKey, other: MessageKey, ...subs: (string | number)[]): string {
  return t(count === 1 ? one : other, formatCount(count), ...subs);
}

export function hasMessage(key: string): boolean {
  return key in CATALOGUE;
}
