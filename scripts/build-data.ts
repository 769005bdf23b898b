/**
 * `npm run data`: regenerates src/data/us-gb.json from VarCon and checks the hand-curated tables.
 * Deterministic: the same varcon.txt gives byte-identical output (test/src/data/us-gb.test.ts checks
 * the committed file against a fresh build).
 *   npx tsx scripts/build-data.ts [--varcon path/to/varcon.txt]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { usGbJson, varconRows } from './data/varcon';
import { curatedProblems } from './data/check-curated';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, 'src', 'data');
/** wording-differences §5: level 60 gives ~3,067 pairs for ~17.5 KB gz; 70 only if recall is too low. */
export const MAX_LEVEL = 60;
export const DEFAULT_VARCON = resolve(ROOT, '..', 'shared', 'data', 'varcon', 'varcon.txt');

/** varcon.txt is Latin-1 (a handful of rows such as führer): decode it as such, not as UTF-8. */
export function readVarcon(path: string): string {
  return readFileSync(path, 'latin1');
}

function main(argv: string[]): number {
  const at = argv.indexOf('--varcon');
  const varcon = at >= 0 ? argv[at + 1] : DEFAULT_VARCON;
  if (!varcon || !existsSync(varcon)) {
    console.error(`VarCon not found at ${varcon ?? '(no path after --varcon)'}: pass --varcon <path to varcon.txt>.`);
    return 1;
  }
  const text = readVarcon(varcon);
  const rows = varconRows(text, { maxLevel: MAX_LEVEL });
  if (rows.length === 0) {
    console.error(`${varcon} has no VarCon clusters: is it the right file?`);
    return 1;
  }
  writeFileSync(resolve(DATA, 'us-gb.json'), usGbJson(text, { maxLevel: MAX_LEVEL }));
  const dependent = rows.filter((r) => r[2] & 1).length;
  console.log(`us-gb.json: ${rows.length} pairs (${dependent} usage-dependent), SCOWL level <= ${MAX_LEVEL}`);

  const problems = curatedProblems();
  for (const p of problems) console.error(`curated data: ${p}`);

  for (const file of ['us-gb.json', 'translit.json', 'countries.json', 'acronyms.json', 'words.json', 'style-rules.json']) {
    const bytes = readFileSync(resolve(DATA, file));
    console.log(`${file.padEnd(17)} ${String(bytes.length).padStart(7)} B raw ${String(gzipSync(bytes, { level: 9 }).length).padStart(6)} B gz`);
  }
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
