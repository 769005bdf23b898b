// Finds a Chromium-family browser for `npm start` and the e2e tests: CHROME_PATH, then /usr/bin/chromium,
// chromium-browser, google-chrome. On Debian/Ubuntu as root with none found, installs the apt `chromium`
// package (when allowed); otherwise stops with one line saying how.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Google-branded Chrome (137+) ignores --load-extension; callers load the build over CDP instead. */
export function isBranded(path) {
  if (/google-chrome|Google Chrome/i.test(path)) return true;
  try {
    return /^Google Chrome/i.test(execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false;
  }
}

export function browserCandidates(env = process.env) {
  const list = [];
  if (env.CHROME_PATH) list.push(env.CHROME_PATH);
  list.push('/usr/bin/chromium');
  for (const name of ['chromium-browser', 'google-chrome']) {
    const found = onPath(name);
    if (found) list.push(found);
  }
  return list;
}

export class BrowserNotFound extends Error {}

/**
 * @param {{ install?: boolean }} [options] install: may run apt-get when root on Debian/Ubuntu
 * @returns {{ path: string, branded: boolean }}
 */
export function findBrowser(options = {}) {
  if (process.env.CHROME_PATH && !executable(process.env.CHROME_PATH)) {
    throw new BrowserNotFound(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.`);
  }
  const path = browserCandidates().find(executable);
  if (path) return { path, branded: isBranded(path) };
  const debian = existsSync('/etc/debian_version');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (options.install && debian && root) {
    console.log('parallax: no Chromium found; installing the Debian package `chromium` (apt-get)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (executable('/usr/bin/chromium')) return { path: '/usr/bin/chromium', branded: false };
  }
  throw new BrowserNotFound(
    debian
      ? 'No Chromium found: run `sudo apt-get install -y chromium`, or set CHROME_PATH to a Chrome or Chromium binary.'
      : 'No Chromium found: install Chromium or Chrome, or set CHROME_PATH to its binary.',
  );
}
