import { myersDiff } from './myers';
import type { Token } from '../text/tokenize';

/** A run of the token diff, as index ranges [from, to) into each side. */
export interface DiffRun {
  op: 'equal' | 'delete' | 'insert';
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
}

const byKey = (x: Token, y: Token): boolean => x.key === y.key;

/**
 * Myers diff (jsdiff's diffArrays, as ported in myers.ts) of two token lists compared by key, so "NATO"
 * and "Nato" are common tokens whose texts differ. Returns index runs rather than values because a
 * key-equal pair has two different texts. `timeoutMs` bounds the cost; when it fires the whole
 * input comes back as one delete and one insert run, and `complete` is false.
 */
export function diffTokens(a: readonly Token[], b: readonly Token[], timeoutMs?: number, alias?: ReadonlyMap<Token, string>): { runs: DiffRun[]; complete: boolean } {
  // Equal key sequences (a sentence retold in another house style only) are one equal run: Myers
  // returns exactly that for them, after walking the common prefix.
  if ((alias === undefined || alias.size === 0) && sameKeys(a, b)) {
    return { runs: a.length > 0 ? [{ op: 'equal', aFrom: 0, aTo: a.length, bFrom: 0, bTo: b.length }] : [], complete: true };
  }
  // `alias` gives some tokens another key for this diff only (a group-local spelling match).
  const comparator = alias && alias.size > 0 ? (x: Token, y: Token): boolean => (alias.get(x) ?? x.key) === (alias.get(y) ?? y.key) : byKey;
  const changes = myersDiff(a, b, comparator, timeoutMs);
  if (changes === undefined) {
    const runs: DiffRun[] = [];
    if (a.length > 0) runs.push({ op: 'delete', aFrom: 0, aTo: a.length, bFrom: 0, bTo: 0 });
    if (b.length > 0) runs.push({ op: 'insert', aFrom: a.length, aTo: a.length, bFrom: 0, bTo: b.length });
    return { runs, complete: false };
  }
  const runs: DiffRun[] = [];
  let i = 0;
  let j = 0;
  for (const c of changes) {
    const n = c.count;
    if (c.added) {
      runs.push({ op: 'insert', aFrom: i, aTo: i, bFrom: j, bTo: j + n });
      j += n;
    } else if (c.removed) {
      runs.push({ op: 'delete', aFrom: i, aTo: i + n, bFrom: j, bTo: j });
      i += n;
    } else {
      runs.push({ op: 'equal', aFrom: i, aTo: i + n, bFrom: j, bTo: j + n });
      i += n;
      j += n;
    }
  }
  return { runs, complete: true };
}

function sameKeys(a: readonly Token[], b: readonly Token[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].key !== b[i].key) return false;
  return true;
}

/** A replace, insert or delete hunk: maximal stretch of non-equal runs. */
export interface Hunk {
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
}

export function hunksOf(runs: readonly DiffRun[]): Hunk[] {
  const out: Hunk[] = [];
  let open: Hunk | undefined;
  for (const r of runs) {
    if (r.op === 'equal') {
      open = undefined;
      continue;
    }
    if (!open) {
      open = { aFrom: r.aFrom, aTo: r.aTo, bFrom: r.bFrom, bTo: r.bTo };
      out.push(open);
    } else {
      open.aTo = Math.max(open.aTo, r.aTo);
      open.bTo = Math.max(open.bTo, r.bTo);
      open.aFrom = Math.min(open.aFrom, r.aFrom);
      open.bFrom = Math.min(open.bFrom, r.bFrom);
    }
  }
  return out;
}
