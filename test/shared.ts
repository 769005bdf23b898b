import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe } from 'vitest';

/** ../shared beside the project root (the seeds, corpora and VarCon), or null when absent. */
export const SHARED_DIR = resolve(import.meta.dirname, '..', '..', 'shared');

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}

export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts));
}

/**
 * A describe block that needs ../shared. It runs whenever the folder is there; on a machine without it
 * it is skipped, except under CI=true, where a missing folder fails loudly instead of passing silently.
 */
export function describeShared(name: string, parts: string[], fn: () => void): void {
  if (hasShared(...parts)) {
    describe(name, fn);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      throw new Error(`CI=true but ${sharedPath(...parts)} is missing: corpus tests cannot run.`);
    });
  } else {
    describe.skip(`${name} (needs ${sharedPath(...parts)})`, fn);
  }
}
