// Bundles a browser entry into one IIFE with vite (lib mode), the way the extension build would, so the
// benchmark measures the same code the content script runs.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface Bundle {
  code: string;
  gzipBytes: number;
}

export async function bundle(entry: string, globalName: string): Promise<Bundle> {
  const outDir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(import.meta.dirname, '..', '..'),
    build: {
      outDir,
      emptyOutDir: false,
      write: true,
      minify: true,
      lib: { entry: resolve(entry), formats: ['iife'], name: globalName, fileName: () => 'bundle.js' },
    },
  });
  const code = readFileSync(join(outDir, 'bundle.js'), 'utf8');
  return { code, gzipBytes: gzipSync(code).length };
}
