// Finding the extracted paragraphs in the live page: the page's text nodes, whitespace collapsed the way
// extraction collapses it, searched in reading order. Returns DOM Ranges; touches nothing.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME']);
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'LABEL']);

interface Point {
  node: Text;
  offset: number;
}

/** The page's text with runs of whitespace collapsed to one space, and where each character came from. */
export interface PageText {
  text: string;
  /** For each character of `text`, its text node and offset; null for a virtual space between blocks. */
  at: (Point | null)[];
}

export function readPageText(root: Node, skip?: (el: Element) => boolean): PageText {
  const chars: string[] = [];
  const at: (Point | null)[] = [];
  let space = true;
  const pushSpace = (point: Point | null) => {
    if (space) return;
    chars.push(' ');
    at.push(point);
    space = true;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const t = node as Text;
      const data = t.data;
      for (let i = 0; i < data.length; i++) {
        const ch = data[i];
        if (/\s/.test(ch)) pushSpace({ node: t, offset: i });
        else {
          chars.push(ch);
          at.push({ node: t, offset: i });
          space = false;
        }
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.tagName.toUpperCase() : '';
    if (SKIP.has(tag) || (node.nodeType === 1 && skip?.(el))) return;
    const block = node.nodeType === 1 && !INLINE.has(tag);
    if (block) pushSpace(null);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) pushSpace(null);
  };
  walk(root);
  return { text: chars.join(''), at };
}

/** Collapses whitespace in a paragraph, keeping a map from its original offsets to collapsed ones. */
export function collapse(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    map.push(out.length);
    if (/\s/.test(ch)) {
      if (!space) out += ' ';
      space = true;
    } else {
      out += ch;
      space = false;
    }
  }
  map.push(out.length);
  return { text: out.trimEnd(), map };
}

export interface Locator {
  /** A Range over [start, end) of paragraph `p`, or null when the paragraph is not in the page. */
  range(p: number, start: number, end: number): Range | null;
}

/**
 * Paragraph i is looked for after paragraph i-1 (reading order), then anywhere: a pull quote repeating a
 * sentence earlier in the page must not steal the body's paragraph. O(page × paragraphs) worst case,
 * linear in practice.
 */
export function locateParagraphs(doc: Document, paragraphs: string[], page: PageText): Locator {
  const found: (number | null)[] = [];
  const collapsed = paragraphs.map(collapse);
  let cursor = 0;
  for (const c of collapsed) {
    if (!c.text) {
      found.push(null);
      continue;
    }
    let at = page.text.indexOf(c.text, cursor);
    if (at < 0) at = page.text.indexOf(c.text);
    found.push(at < 0 ? null : at);
    if (at >= 0) cursor = at + c.text.length;
  }
  const pointAt = (i: number, edge: 'start' | 'end'): Point | null => {
    // Step to the nearest real character (virtual spaces between blocks have no node).
    if (edge === 'start') {
      for (let k = i; k < page.at.length; k++) if (page.at[k]) return page.at[k];
      return null;
    }
    for (let k = i - 1; k >= 0; k--) {
      const p = page.at[k];
      if (p) return { node: p.node, offset: p.offset + 1 };
    }
    return null;
  };
  return {
    range(p, start, end) {
      const base = found[p];
      const c = collapsed[p];
      if (base == null || !c) return null;
      let s = c.map[Math.max(0, Math.min(start, c.map.length - 1))];
      let e = c.map[Math.max(0, Math.min(end, c.map.length - 1))];
      // Trim collapsed spaces at either edge: a range must start and end on the characters it covers.
      while (s < e && c.text[s] === ' ') s++;
      while (e > s && c.text[e - 1] === ' ') e--;
      if (e <= s) return null;
      const from = pointAt(base + s, 'start');
      const to = pointAt(base + e, 'end');
      if (!from || !to) return null;
      const range = doc.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
  };
}
