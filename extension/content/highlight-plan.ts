// What the in-page highlights show, as plain data: built where the comparison lives (the popup, through its
// client) and sent to the content script, which only paints. Offsets are the engine's, into the reader's
// article paragraphs as extracted; the content script finds those paragraphs in the live page.
import type { Comparison } from '../../src/index';

export type HighlightKind = 'shared' | 'only' | 'quote';

export interface HighlightMark {
  kind: HighlightKind;
  paragraph: number;
  start: number;
  end: number;
  /** The card's heading ("The Northgate Chronicle writes:"), already in the reader's language. */
  note: string;
  /** The other outlet's wording, when it has one. */
  other: string | null;
}

export interface HighlightPaint {
  bg: string;
  line: string;
  style: 'dotted' | 'solid' | 'wavy';
}

export interface HighlightPlan {
  paragraphs: string[];
  marks: HighlightMark[];
  /** The reader's palette (options page); absent = the content script's standard colours. */
  colours?: Partial<Record<HighlightKind, HighlightPaint>>;
  /**
   * The popup's name for what this plan shows (a coverage card's item id, or 'compare' for the manual
   * comparison), kept with the painting so a reopened popup can ask what is on the page.
   */
  key?: string;
  /** With 'compare': the other article's address, since one manual comparison follows another under one key. */
  of?: string;
}

export interface HighlightRequest {
  type: 'parallax-highlight';
  /** null switches every highlight off. */
  plan: HighlightPlan | null;
}

export interface HighlightReply {
  ok: true;
  mode: 'highlight-api' | 'marks' | 'off';
  /** Marks painted (0 when off). */
  painted: number;
  /** Marks whose paragraph could not be found in the page (edited after load, text split oddly). */
  missed: number;
}

/** popup → content script: what is painted on this page now? */
export interface HighlightStatusRequest {
  type: 'parallax-highlight-status';
}

/** The content script's answer: the painting's key, or nothing (`key` null, `mode` 'off'). */
export interface HighlightStatus {
  ok: true;
  key: string | null;
  of: string | null;
  mode: HighlightReply['mode'];
  painted: number;
  missed: number;
}

export const NOTHING_PAINTED: HighlightStatus = { ok: true, key: null, of: null, mode: 'off', painted: 0, missed: 0 };

export interface PlanLabels {
  /** "$outlet writes:" for shared sentences and changed quotes. */
  writes: string;
  /** For sentences only the reader's outlet has. */
  onlyHere: string;
}

/**
 * Sentences other outlets also carry (with their wording), sentences only this outlet has, and quotes the
 * other outlet renders differently. O(sentences + groups + quotes).
 */
export function buildHighlightPlan(paragraphs: string[], c: Comparison, labels: PlanLabels): HighlightPlan {
  const marks: HighlightMark[] = [];
  const alone = new Set(c.onlyInA.map((s) => s.index));
  const partner = new Map<number, number[]>();
  for (const g of c.groups) for (const a of g.a) partner.set(a, [...(partner.get(a) ?? []), ...g.b]);
  for (const s of c.sentencesA) {
    if (alone.has(s.index)) marks.push({ kind: 'only', paragraph: s.paragraph, start: s.start, end: s.end, note: labels.onlyHere, other: null });
    else if (partner.has(s.index)) {
      const other = [...new Set(partner.get(s.index))].map((b) => c.sentencesB[b]?.text ?? '').join(' ').trim();
      marks.push({ kind: 'shared', paragraph: s.paragraph, start: s.start, end: s.end, note: labels.writes, other: other || null });
    }
  }
  const quotes: HighlightMark[] = [];
  for (const q of c.quotes) {
    if (q.status !== 'changed' || !q.aSpan) continue;
    quotes.push({ kind: 'quote', paragraph: q.aSpan.paragraph, start: q.aSpan.start, end: q.aSpan.end, note: labels.writes, other: q.b });
  }
  return { paragraphs, marks: disjoint(paragraphs, marks, quotes) };
}

/**
 * A changed quote sits inside a sentence that is also marked. The plan keeps marks disjoint — the quote
 * wins and the sentence mark is cut around it — because the <mark> fallback cannot nest overlapping
 * ranges, and the keyboard walk should visit each stretch of text once.
 */
function disjoint(paragraphs: readonly string[], sentences: HighlightMark[], quotes: HighlightMark[]): HighlightMark[] {
  const out: HighlightMark[] = [...quotes];
  for (const s of sentences) {
    let pieces = [{ start: s.start, end: s.end }];
    for (const q of quotes) {
      if (q.paragraph !== s.paragraph || q.end <= s.start || q.start >= s.end) continue;
      pieces = pieces.flatMap((p) => [
        { start: p.start, end: Math.min(p.end, q.start) },
        { start: Math.max(p.start, q.end), end: p.end },
      ]).filter((p) => p.end > p.start && /[\p{L}\p{N}]/u.test(paragraphs[s.paragraph]?.slice(p.start, p.end) ?? ''));
    }
    for (const p of pieces) out.push({ ...s, start: p.start, end: p.end });
  }
  return out.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
}

// Colours end up in CSS text: only plain colour values pass, so a plan can never smuggle in other rules.
const COLOUR = /^(?:#[0-9a-f]{3,8}|rgba?\(\s*[\d.]+%?\s*(?:,\s*[\d.]+%?\s*){2,3}\))$/i;
export function isSafePaint(value: unknown): value is HighlightPaint {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.bg === 'string' && COLOUR.test(v.bg) && typeof v.line === 'string' && COLOUR.test(v.line) && (v.style === 'dotted' || v.style === 'solid' || v.style === 'wavy');
}

export function isHighlightRequest(value: unknown): value is HighlightRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as { type?: unknown; plan?: unknown };
  if (v.type !== 'parallax-highlight') return false;
  if (v.plan === null) return true;
  const plan = v.plan as { paragraphs?: unknown; marks?: unknown; key?: unknown; of?: unknown } | undefined;
  return (
    !!plan && Array.isArray(plan.paragraphs) && plan.paragraphs.every((p) => typeof p === 'string') && Array.isArray(plan.marks) &&
    (plan.key === undefined || typeof plan.key === 'string') && (plan.of === undefined || typeof plan.of === 'string')
  );
}

export function isHighlightStatusRequest(value: unknown): value is HighlightStatusRequest {
  return !!value && typeof value === 'object' && (value as { type?: unknown }).type === 'parallax-highlight-status';
}

const count = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const textOrNull = (v: unknown) => v === null || typeof v === 'string';

/** The popup's check of the answer: anything malformed counts as "nothing known", never as a switch on. */
export function isHighlightStatus(value: unknown): value is HighlightStatus {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    v.ok === true && textOrNull(v.key) && textOrNull(v.of) && (v.mode === 'highlight-api' || v.mode === 'marks' || v.mode === 'off') &&
    count(v.painted) && count(v.missed)
  );
}
