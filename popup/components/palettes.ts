// The highlight colours the reader can pick (options page). Colour never carries a kind alone: each kind
// keeps its underline style (dotted, solid, wavy), so the muted palette and greyscale printouts still read.
import type { HighlightPalette } from '../../extension/messages';

export type PaintKind = 'shared' | 'only' | 'quote';
export interface Paint {
  bg: string;
  line: string;
  style: 'dotted' | 'solid' | 'wavy';
}

export const PALETTES: Record<HighlightPalette, Record<PaintKind, Paint>> = {
  standard: {
    shared: { bg: 'rgba(47, 95, 208, 0.14)', line: '#2f5fd0', style: 'dotted' },
    only: { bg: 'rgba(240, 160, 48, 0.28)', line: '#b45309', style: 'solid' },
    quote: { bg: 'rgba(194, 65, 12, 0.22)', line: '#c2410c', style: 'wavy' },
  },
  // For low vision and bright screens: stronger fills, darker lines (WCAG 3:1 for the lines on white).
  contrast: {
    shared: { bg: 'rgba(0, 90, 255, 0.28)', line: '#0033aa', style: 'dotted' },
    only: { bg: 'rgba(255, 200, 0, 0.55)', line: '#7a4a00', style: 'solid' },
    quote: { bg: 'rgba(220, 0, 80, 0.30)', line: '#8a0033', style: 'wavy' },
  },
  // For readers who find colour on a page distracting: greys, the underline styles do the telling apart.
  muted: {
    shared: { bg: 'rgba(120, 120, 120, 0.10)', line: '#6b7280', style: 'dotted' },
    only: { bg: 'rgba(120, 120, 120, 0.20)', line: '#374151', style: 'solid' },
    quote: { bg: 'rgba(120, 120, 120, 0.16)', line: '#111827', style: 'wavy' },
  },
};
