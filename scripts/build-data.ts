/**
 * `npm run data`: regenerates src/data/us-gb.json from VarCon, src/data/dialect-vocabulary.json from
 * VarCon's voc.tab (selection and reasons in scripts/data/voc.ts), and checks the hand-curated tables.
 * Deterministic: the same inputs give byte-identical output (test/src/data/varcon.test.ts and
 * test/src/data/voc.test.ts check the committed files against a fresh build).
 *   npx tsx scripts/build-data.ts [--varcon path/to/varcon.txt] [--voc path/to/voc.tab]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { usGbJson, varconRows } from './data/varcon';
import { spellingMap, vocabularyJson, vocabularySelection } from './data/voc';
import { curatedProblems } from './data/check-curated';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, 'src', 'data');
/** wording-differences §5: level 60 gives ~3,067 pairs for ~17.5 KB gz; 70 only if recall is too low. */
export const MAX_LEVEL = 60;
export const DEFAULT_VARCON = resolve(ROOT, '..', 'shared', 'data', 'varcon', 'varcon.txt');
/**
 * VarCon's voc.tab, committed unchanged (sha256 08905f4a…bfe, 210 rows) from en-wl/wordlist
 * (varcon/voc.tab, commit c17d30905a3a688412f7eaad1281c5d2e825fc07) because ../shared/data/varcon/ holds
 * only varcon.txt; the committed copy keeps the build and its test independent of that folder.
 */
export const DEFAULT_VOC = resolve(ROOT, 'scripts', 'data', 'voc.tab');

/** varcon.txt is Latin-1 (a handful of rows such as führer): decode it as such, not as UTF-8. */
export function readVarcon(path: string): string {
  return readFileSync(path, 'latin1');
}

/** us-gb.json's pairs, as the vocabulary selection needs them to leave spelling pairs alone. */
export function committedSpelling(): Map<string, string> {
  const json = JSON.parse(readFileSync(resolve(DATA, 'us-gb.json'), 'utf8')) as { pairs: unknown[][] };
  return spellingMap(json.pairs);
}

function argument(argv: string[], flag: string, fallback: string): string | undefined {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : fallback;
}

function main(argv: string[]): number {
  const varcon = argument(argv, '--varcon', DEFAULT_VARCON);
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

  const voc = argument(argv, '--voc', DEFAULT_VOC);
  if (!voc || !existsSync(voc)) {
    console.error(`voc.tab not found at ${voc ?? '(no path after --voc)'}: pass --voc <path to VarCon's voc.tab>.`);
    return 1;
  }
  const selection = vocabularySelection(readVarcon(voc), committedSpelling());
  if (selection.rows.length === 0) {
    console.error(`${voc} has no vocabulary rows: is it VarCon's voc.tab?`);
    return 1;
  }
  writeFileSync(resolve(DATA, 'dialect-vocabulary.json'), vocabularyJson(selection.rows));
  const added = selection.rows.filter((r) => r[2] === 'p').length;
  console.log(`dialect-vocabulary.json: ${selection.rows.length} pairs (${added} added by Parallax), ${selection.dropped.length} left out:`);
  for (const d of selection.dropped) console.log(`  - ${d.us} / ${d.gb}: ${d.reason}`);
  for (const w of selection.conflicts) console.error(`dialect vocabulary: "${w}" is American in one pair and British in another`);

  const problems = curatedProblems();
  for (const p of problems) console.error(`curated data: ${p}`);

  for (const file of ['us-gb.json', 'dialect-vocabulary.json', 'translit.json', 'countries.json', 'acronyms.json', 'words.json', 'style-rules.json']) {
    const bytes = readFileSync(resolve(DATA, file));
    console.log(`${file.padEnd(23)} ${String(bytes.length).padStart(7)} B raw ${String(gzipSync(bytes, { level: 9 }).length).padStart(6)} B gz`);
  }
  return problems.length === 0 && selection.conflicts.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
