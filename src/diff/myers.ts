/**
 * Myers' O(ND) diff exactly as jsdiff 9 runs it (Diff.diffWithOptionsObj, addToPath, extractCommon,
 * buildValues in node_modules/diff/libesm/diff/base.js), returning only the runs' kinds and lengths.
 * Why a port: diffArrays copies both inputs, keeps its frontier in an array indexed by negative
 * diagonals (a dictionary in V8) and slices every run's values, none of which the engine reads; on
 * sentence-sized inputs that overhead was most of its cost. Same steps, same tie-breaks, so the same
 * runs: test/src/diff/myers.test.ts holds it to diffArrays on generated inputs.
 */

/** One run, in order: `added` (only in b), `removed` (only in a), or neither (common). */
export interface MyersRun {
  count: number;
  added: boolean;
  removed: boolean;
}

interface Component extends MyersRun {
  previous: Component | undefined;
}

interface Path {
  oldPos: number;
  last: Component | undefined;
}

function addToPath(path: Path, added: boolean, removed: boolean, oldPosInc: number): Path {
  const last = path.last;
  if (last && last.added === added && last.removed === removed) {
    return { oldPos: path.oldPos + oldPosInc, last: { count: last.count + 1, added, removed, previous: last.previous } };
  }
  return { oldPos: path.oldPos + oldPosInc, last: { count: 1, added, removed, previous: last } };
}

function extractCommon<T>(path: Path, b: readonly T[], a: readonly T[], diagonal: number, equals: (x: T, y: T) => boolean): number {
  let oldPos = path.oldPos;
  let newPos = oldPos - diagonal;
  let common = 0;
  while (newPos + 1 < b.length && oldPos + 1 < a.length && equals(a[oldPos + 1], b[newPos + 1])) {
    newPos++;
    oldPos++;
    common++;
  }
  if (common) path.last = { count: common, previous: path.last, added: false, removed: false };
  path.oldPos = oldPos;
  return newPos;
}

function runsOf(last: Component | undefined): MyersRun[] {
  const out: MyersRun[] = [];
  for (let c = last; c; c = c.previous) out.push({ count: c.count, added: c.added, removed: c.removed });
  return out.reverse();
}

/**
 * Runs turning `a` into `b`, `equals(x from a, y from b)` deciding common elements; undefined when
 * `timeoutMs` passed first (jsdiff's `timeout` option).
 */
export function myersDiff<T>(a: readonly T[], b: readonly T[], equals: (x: T, y: T) => boolean, timeoutMs?: number): MyersRun[] | undefined {
  const newLen = b.length;
  const oldLen = a.length;
  let editLength = 1;
  const maxEditLength = newLen + oldLen;
  const abortAfter = Date.now() + (timeoutMs ?? Infinity);
  // bestPath[diagonal], diagonals −(maxEdit+1) … maxEdit+1 stored from index 0.
  const offset = maxEditLength + 1;
  const bestPath: Array<Path | undefined> = new Array(2 * maxEditLength + 3).fill(undefined);
  const first: Path = { oldPos: -1, last: undefined };
  bestPath[offset] = first;
  let newPos = extractCommon(first, b, a, 0, equals);
  if (first.oldPos + 1 >= oldLen && newPos + 1 >= newLen) return runsOf(first.last);
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  while (editLength <= maxEditLength && Date.now() <= abortAfter) {
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
      const removePath = bestPath[offset + diagonal - 1];
      const addPath = bestPath[offset + diagonal + 1];
      if (removePath) bestPath[offset + diagonal - 1] = undefined;
      let canAdd = false;
      if (addPath) {
        const addPathNewPos = addPath.oldPos - diagonal;
        canAdd = 0 <= addPathNewPos && addPathNewPos < newLen;
      }
      const canRemove = removePath !== undefined && removePath.oldPos + 1 < oldLen;
      if (!canAdd && !canRemove) {
        bestPath[offset + diagonal] = undefined;
        continue;
      }
      const basePath = !canRemove || (canAdd && removePath.oldPos < addPath!.oldPos) ? addToPath(addPath!, true, false, 0) : addToPath(removePath, false, true, 1);
      newPos = extractCommon(basePath, b, a, diagonal, equals);
      if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) return runsOf(basePath.last);
      bestPath[offset + diagonal] = basePath;
      if (basePath.oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
    editLength++;
  }
  return undefined;
}
