// In-page highlights on the reader's article. First choice: the CSS Custom Highlight API (ranges painted
// by the browser; the page's DOM is not touched and the style lives in an adopted stylesheet, so nothing
// serialises differently). Fallback: <mark data-parallax> wrappers around text pieces. Either way the
// site's layout and scripts are left alone, and off removes every trace (marks unwrapped and text nodes
// re-merged, stylesheet and card host removed).
import {
  isSafePaint,
  NOTHING_PAINTED,
  type HighlightKind,
  type HighlightMark,
  type HighlightPaint,
  type HighlightPlan,
  type HighlightReply,
  type HighlightStatus,
} from './highlight-plan';
import { locateParagraphs, readPageText } from './highlight-locate';

const HOST_TAG = 'parallax-card';
const KINDS: HighlightKind[] = ['shared', 'only', 'quote'];
const COLOURS: Record<HighlightKind, HighlightPaint> = {
  shared: { bg: 'rgba(47, 95, 208, 0.14)', line: '#2f5fd0', style: 'dotted' },
  only: { bg: 'rgba(240, 160, 48, 0.28)', line: '#b45309', style: 'solid' },
  quote: { bg: 'rgba(194, 65, 12, 0.22)', line: '#c2410c', style: 'wavy' },
};

interface Painted {
  /** What the popup called this painting, and the page's address when it was painted (no #fragment). */
  key: string | null;
  of: string | null;
  address: string;
  missed: number;
  mode: 'highlight-api' | 'marks';
  ranges: { range: Range; mark: HighlightMark }[];
  sheet: CSSStyleSheet | null;
  wrappers: HTMLElement[];
  onClick: (event: MouseEvent) => void;
  onFocus: (event: FocusEvent) => void;
  onKey: (event: KeyboardEvent) => void;
}

let painted: Painted | null = null;

// An in-page jump (#section) keeps the article; a new path or query (a single-page site navigating) is another.
const addressOf = (doc: Document) => (doc.defaultView?.location.href ?? doc.URL).replace(/#.*$/, '');

interface HighlightWindow {
  Highlight?: new (...ranges: Range[]) => object;
  CSS?: { highlights?: Map<string, object> };
}

function highlightApi(win: Window): { Highlight: new (...ranges: Range[]) => object; registry: Map<string, object> } | null {
  const w = win as unknown as HighlightWindow;
  return w.Highlight && w.CSS?.highlights ? { Highlight: w.Highlight, registry: w.CSS.highlights } : null;
}

type Paints = Record<HighlightKind, HighlightPaint>;
const paintsOf = (plan: HighlightPlan): Paints =>
  Object.fromEntries(KINDS.map((k) => [k, isSafePaint(plan.colours?.[k]) ? plan.colours![k]! : COLOURS[k]])) as Paints;

const sheetText = (c: Paints) =>
  KINDS.map((k) => `::highlight(parallax-${k}) { background-color: ${c[k].bg}; text-decoration: underline ${c[k].style} ${c[k].line}; text-decoration-thickness: 2px; }`).join('\n');

// Inline styles on the fallback marks: the page's own CSS for <mark> must not restyle them, and no
// stylesheet element needs adding. `all: unset` keeps a mark from changing the line's layout.
const markStyle = (p: HighlightPaint) =>
  `all: unset; background-color: ${p.bg}; text-decoration: underline ${p.style} ${p.line}; text-decoration-thickness: 2px; cursor: help;`;

/** Splits a range into per-text-node pieces and wraps each in a mark. */
function wrapRange(doc: Document, range: Range, mark: HighlightMark, index: number, paint: HighlightPaint): HTMLElement[] {
  const pieces: { node: Text; start: number; end: number }[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  const first = range.commonAncestorContainer.nodeType === 3 ? (range.commonAncestorContainer as Text) : null;
  const consider = (node: Text) => {
    if (!range.intersectsNode(node)) return;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start && node.data.slice(start, end).trim()) pieces.push({ node, start, end });
  };
  if (first) consider(first);
  else for (let n = walker.nextNode(); n; n = walker.nextNode()) consider(n as Text);
  const out: HTMLElement[] = [];
  for (const { node, start, end } of pieces) {
    let target = node;
    if (start > 0) target = target.splitText(start);
    if (end - start < target.data.length) target.splitText(end - start);
    const el = doc.createElement('mark');
    el.setAttribute('data-parallax', mark.kind);
    el.setAttribute('data-parallax-index', String(index));
    el.setAttribute('tabindex', '0');
    el.setAttribute('style', markStyle(paint));
    target.parentNode!.insertBefore(el, target);
    el.appendChild(target);
    out.push(el);
  }
  return out;
}

function removeCard(doc: Document) {
  doc.querySelectorAll(HOST_TAG).forEach((el) => el.remove());
}

/** The small card with the other outlet's wording: textContent only, in a shadow root the page's CSS cannot reach. */
function showCard(doc: Document, mark: HighlightMark, x: number, y: number) {
  removeCard(doc);
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', 'all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; width: 0; height: 0;');
  const root = host.attachShadow({ mode: 'open' });
  const box = doc.createElement('div');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', mark.note);
  const left = Math.max(8, Math.min(x, (doc.defaultView?.innerWidth ?? 800) - 340));
  box.setAttribute(
    'style',
    `position: fixed; left: ${left}px; top: ${y + 14}px; max-width: 320px; padding: 10px 12px; border-radius: 8px; background: #fff; color: #1d2430; border: 1px solid #c9d1dc; box-shadow: 0 6px 24px rgba(0,0,0,0.18); font: 13px/1.45 system-ui, sans-serif;`,
  );
  const heading = doc.createElement('strong');
  heading.textContent = mark.note;
  box.appendChild(heading);
  if (mark.other) {
    const body = doc.createElement('p');
    body.setAttribute('style', 'margin: 6px 0 0;');
    body.textContent = mark.other;
    box.appendChild(body);
  }
  root.appendChild(box);
  doc.documentElement.appendChild(host);
}

export function clearHighlights(doc: Document): HighlightReply {
  if (painted) {
    const api = highlightApi(doc.defaultView!);
    if (painted.mode === 'highlight-api' && api) for (const k of KINDS) api.registry.delete(`parallax-${k}`);
    if (painted.sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== painted!.sheet);
    const parents = new Set<Node>();
    for (const el of painted.wrappers) {
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      el.remove();
      parents.add(parent);
    }
    // splitText made extra text nodes; merging them back restores the page's own node structure.
    for (const parent of parents) parent.normalize();
    doc.removeEventListener('click', painted.onClick, true);
    doc.removeEventListener('focusin', painted.onFocus, true);
    doc.removeEventListener('keydown', painted.onKey, true);
  }
  removeCard(doc);
  painted = null;
  return { ok: true, mode: 'off', painted: 0, missed: 0 };
}

export function applyHighlights(doc: Document, plan: HighlightPlan, options: { forceMarks?: boolean } = {}): HighlightReply {
  clearHighlights(doc);
  const win = doc.defaultView!;
  const page = readPageText(doc.body ?? doc.documentElement, (el) => el.tagName.toLowerCase() === HOST_TAG);
  const locator = locateParagraphs(doc, plan.paragraphs, page);
  const ranges: Painted['ranges'] = [];
  let missed = 0;
  for (const mark of plan.marks) {
    const range = locator.range(mark.paragraph, mark.start, mark.end);
    if (range) ranges.push({ range, mark });
    else missed += 1;
  }
  const api = options.forceMarks ? null : highlightApi(win);
  const paints = paintsOf(plan);
  const state: Painted = {
    key: plan.key ?? null,
    of: plan.of ?? null,
    address: addressOf(doc),
    missed,
    mode: api ? 'highlight-api' : 'marks',
    ranges,
    sheet: null,
    wrappers: [],
    onClick: () => {},
    onFocus: () => {},
    onKey: () => {},
  };
  if (api) {
    // Quotes last: a quote inside a shared sentence should paint over the sentence's tint.
    for (const k of KINDS) api.registry.set(`parallax-${k}`, new api.Highlight(...ranges.filter((r) => r.mark.kind === k).map((r) => r.range)));
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(sheetText(paints));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    state.sheet = sheet;
  } else {
    // Last range first, so a wrapper never lands inside a text node a later range still counts offsets in
    // (live ranges follow splitText, but this keeps the arithmetic obvious). Nested marks (a quote inside a
    // shared sentence) are fine: each wrapper unwraps on its own.
    ranges
      .map((r, i) => ({ ...r, i }))
      .sort((x, y) => y.range.compareBoundaryPoints(0 /* START_TO_START */, x.range))
      .forEach((r) => state.wrappers.push(...wrapRange(doc, r.range, r.mark, r.i, paints[r.mark.kind])));
  }
  // Innermost first: a quote inside a shared sentence shows the quote's card.
  const hit = (node: Node, offset: number) =>
    [...ranges].sort((x, y) => (x.mark.kind === 'quote' ? -1 : 0) - (y.mark.kind === 'quote' ? -1 : 0)).find((r) => r.range.isPointInRange(node, offset));
  state.onClick = (event) => {
    if ((event.target as Element | null)?.closest?.(HOST_TAG)) return;
    const markEl = (event.target as Element | null)?.closest?.('mark[data-parallax]');
    if (markEl) {
      const r = ranges[Number(markEl.getAttribute('data-parallax-index'))];
      if (r) return showCard(doc, r.mark, event.clientX, event.clientY);
    }
    const caret = (doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null }).caretPositionFromPoint?.(event.clientX, event.clientY);
    const legacy = !caret ? (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(event.clientX, event.clientY) : null;
    const point = caret ? { node: caret.offsetNode, offset: caret.offset } : legacy ? { node: legacy.startContainer, offset: legacy.startOffset } : null;
    const r = point && hit(point.node, point.offset);
    if (r) showCard(doc, r.mark, event.clientX, event.clientY);
    else removeCard(doc);
  };
  state.onFocus = (event) => {
    const markEl = (event.target as Element | null)?.closest?.('mark[data-parallax]');
    const r = markEl && ranges[Number(markEl.getAttribute('data-parallax-index'))];
    if (r && markEl) {
      const box = markEl.getBoundingClientRect();
      showCard(doc, r.mark, box.left, box.bottom - 14);
    }
  };
  // The Custom Highlight API paints ranges nothing can focus, so the keyboard gets a shortcut instead
  // (documented in the popup): Alt+Shift+H walks the highlights in reading order, showing each one's card.
  let cursor = -1;
  const order = ranges.map((r, i) => i).sort((x, y) => ranges[x].range.compareBoundaryPoints(0 /* START_TO_START */, ranges[y].range));
  state.onKey = (event) => {
    if (event.key === 'Escape') removeCard(doc);
    if (!(event.altKey && event.shiftKey && event.code === 'KeyH') || order.length === 0) return;
    event.preventDefault();
    cursor = (cursor + 1) % order.length;
    const r = ranges[order[cursor]];
    const target = r.range.startContainer.parentElement;
    target?.scrollIntoView?.({ block: 'center' });
    const box = r.range.getBoundingClientRect?.();
    showCard(doc, r.mark, box?.left ?? 8, (box?.bottom ?? 8) - 14);
  };
  doc.addEventListener('click', state.onClick, true);
  doc.addEventListener('focusin', state.onFocus, true);
  doc.addEventListener('keydown', state.onKey, true);
  painted = state;
  return { ok: true, mode: state.mode, painted: ranges.length, missed };
}

/**
 * What is painted, for a reopened popup. Highlights left from the article the page showed before its
 * address changed are taken off first: the popup has no switch for them, so the reader could not.
 */
export function highlightStatus(doc: Document): HighlightStatus {
  if (!painted) return NOTHING_PAINTED;
  if (painted.address !== addressOf(doc)) {
    clearHighlights(doc);
    return NOTHING_PAINTED;
  }
  return { ok: true, key: painted.key, of: painted.of, mode: painted.mode, painted: painted.ranges.length, missed: painted.missed };
}

export function handleHighlight(doc: Document, plan: HighlightPlan | null): HighlightReply {
  return plan ? applyHighlights(doc, plan) : clearHighlights(doc);
}
