// Which browsers the e2e suites can drive here. A missing browser skips its suite with one line on a
// developer machine and fails the run under CI=true, where it must have been installed (.ci/run).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findBrowser } from '../../../scripts/lib/find-browser.mjs';

export const IN_CI = process.env.CI === 'true';

export type Found<T> = { ok: true; browser: T } | { ok: false; why: string };

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Chromium for playwright-core (scripts/lib/find-browser.mjs decides which binary). */
export function findChromium(): Found<{ path: string; branded: boolean }> {
  try {
    return { ok: true, browser: findBrowser() };
  } catch (error) {
    if (IN_CI) throw error;
    return { ok: false, why: error instanceof Error ? error.message : String(error) };
  }
}

export function firefoxCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const list = env.FIREFOX_PATH ? [env.FIREFOX_PATH] : [];
  list.push('/usr/bin/firefox-esr');
  for (const name of ['firefox-esr', 'firefox']) {
    for (const dir of (env.PATH ?? '').split(delimiter)) if (dir) list.push(join(dir, name));
  }
  return list;
}

/** Firefox ESR (140+, for MV3 and the BiDi extension install) for puppeteer-core. */
export function findFirefox(): Found<string> {
  if (process.env.FIREFOX_PATH && !executable(process.env.FIREFOX_PATH)) {
    const why = `FIREFOX_PATH=${process.env.FIREFOX_PATH} is not an executable file.`;
    if (IN_CI) throw new Error(why);
    return { ok: false, why };
  }
  const path = firefoxCandidates().find(executable);
  if (path) return { ok: true, browser: path };
  const why = 'No Firefox found: run `sudo apt-get install -y firefox-esr`, or set FIREFOX_PATH to a Firefox 140+ binary.';
  if (IN_CI) throw new Error(why);
  return { ok: false, why };
}
