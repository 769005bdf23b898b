// Cutting a stretch of paragraph text into plain and highlighted pieces. Offsets are the engine's: UTF-16,
// half-open, into the paragraph as extracted, so a highlight covers exactly the characters it reported.
import type { Comparison, Difference, Side, Span } from '../../src/index';

export interface Mark {
  start: number;
  end: number;
  /** Index into Comparison.differences. */
  id: number;
}

export interface Piece {
  text: string;
  start: number;
  end: number;
  mark: number | null;
}

/**
 * Pieces of `text.slice(from, to)`, marks clipped to the range. Overlapping marks keep the earlier one:
 * the engine does not emit overlaps on one side, and a half-drawn nested mark would mislead more than a
 * missing one. O(m log m + m) for m marks.
 */
export function piecesOf(text: string, from: number, to: number, marks: Mark[]): Piece[] {
  const lo = Math.max(0, Math.min(from, text.length));
  const hi = Math.max(lo, Math.min(to, text.length));
  const sorted = marks
    .map((m) => ({ ...m, start: Math.max(lo, m.start), end: Math.min(hi, m.end) }))
    .filter((m) => m.end > m.start)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Piece[] = [];
  let at = lo;
  for (const m of sorted) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), start: at, end: m.start, mark: null });
    out.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end, mark: m.id });
    at = m.end;
  }
  if (at < hi || out.length === 0) out.push({ text: text.slice(at, hi), start: at, end: hi, mark: null });
  return out;
}

export const spanOf = (d: Difference, side: Side): Span | null => (side === 'a' ? d.aSpan : d.bSpan);

/** The marks of one side that fall in one paragraph, optionally leaving house style out. */
export function marksIn(c: Comparison, side: Side, paragraph: number, hideCosmetic: boolean, only?: Set<number>): Mark[] {
  const out: Mark[] = [];
  c.differences.forEach((d, id) => {
    if (hideCosmetic && d.cosmetic) return;
    if (only && !only.has(id)) return;
    const span = spanOf(d, side);
    if (span && span.paragraph === paragraph) out.push({ start: span.start, end: span.end, id });
  });
  return out;
}
