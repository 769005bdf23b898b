#!/usr/bin/env node
// Launcher for the command line. The CLI is bundled by `npm run build` into dist/cli/parallax.mjs.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/parallax.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('parallax: the command line is not built yet: run `npm run build` first.\n');
  process.exit(2);
}
const { main } = await import(pathToFileURL(bundle).href);
await main();
