import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveManifest, E2E_HOSTS } from '../../scripts/lib/manifest.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const read = (path: string) => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
const ALLOWED = { chrome: ['activeTab', 'scripting', 'storage', 'offscreen'], firefox: ['activeTab', 'scripting', 'storage'] };
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

// The shipped manifests, as built. `npm test` runs unit tests before `npm run build`, so build if absent.
beforeAll(() => {
  if (!existsSync(resolve(ROOT, 'dist/chrome/manifest.json')) || !existsSync(resolve(ROOT, 'dist/firefox/manifest.json'))) {
    execFileSync(process.execPath, [resolve(ROOT, 'scripts/build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'pipe' });
  }
}, 120_000);

describe.each(['chrome', 'firefox'] as const)('built dist/%s/manifest.json', (browser) => {
  it('asks for nothing beyond activeTab, scripting, storage (offscreen on Chrome) and optional hosts', () => {
    const m = read(`dist/${browser}/manifest.json`);
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual([...ALLOWED[browser]].sort());
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    expect(m.content_scripts).toBeUndefined(); // injected on the reader's click, never on every page
    expect(JSON.stringify(m.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);
    expect(m.version).toBe(read('package.json').version);
  });

  it('holds no other way to widen access: no optional API permissions, page-reachable files or outside connections', () => {
    const m = read(`dist/${browser}/manifest.json`);
    // Every key a shipped manifest may carry; a new one (web_accessible_resources, externally_connectable,
    // optional_permissions, content_scripts, declarative_net_request, key…) must be added here on purpose.
    const keys = ['manifest_version', 'name', 'short_name', 'description', 'version', 'default_locale', 'icons', 'action', 'options_ui', 'background', 'permissions', 'optional_host_permissions', 'content_security_policy'];
    if (browser === 'firefox') keys.push('browser_specific_settings');
    expect(Object.keys(m).sort()).toEqual(keys.sort());
    if (browser === 'firefox') expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('points at files the build wrote', () => {
    const m = read(`dist/${browser}/manifest.json`);
    const files = [m.action.default_popup, m.options_ui.page, ...Object.values(m.icons), ...(m.background.scripts ?? [m.background.service_worker]), 'content.js'];
    for (const file of files) expect(existsSync(resolve(ROOT, `dist/${browser}`, file as string)), file as string).toBe(true);
    expect(existsSync(resolve(ROOT, `dist/${browser}/_locales/en/messages.json`))).toBe(true);
  });
});

describe('per-browser differences', () => {
  const source = read('manifest.json');
  it.each([
    ['chrome', { service_worker: 'background.js', type: 'module' }, false],
    ['firefox', { scripts: ['background.js'], type: 'module' }, true],
  ] as const)('%s', (target, background, gecko) => {
    const m = deriveManifest(source, target, '9.9.9');
    expect(m.background).toEqual(background);
    expect(m.version).toBe('9.9.9');
    expect(Boolean(m.browser_specific_settings)).toBe(gecko);
    if (gecko) {
      expect(m.browser_specific_settings.gecko).toMatchObject({ strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } });
      expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    }
  });

  it('only the e2e variant is pre-granted the test origins, and only plain-http test hosts', () => {
    expect(deriveManifest(source, 'chrome-e2e', '1.0.0').host_permissions).toEqual(E2E_HOSTS);
    // 127.0.0.1 and the reserved .test TLD: never a real website, never https.
    for (const host of E2E_HOSTS) expect(host).toMatch(/^http:\/\/(?:127\.0\.0\.1|\*\.test)\/\*$/);
    expect(deriveManifest(source, 'chrome', '1.0.0').host_permissions).toBeUndefined();
  });

  it.each([
    ['chrome-e2e', 'chrome'],
    ['firefox-e2e', 'firefox'],
  ] as const)('%s is %s plus the test origin and a name, nothing else', (e2e, shipped) => {
    const { host_permissions: hosts, name, ...rest } = deriveManifest(source, e2e, '1.0.0');
    const { name: _shippedName, ...shippedRest } = deriveManifest(source, shipped, '1.0.0');
    expect(hosts).toEqual(E2E_HOSTS);
    expect(name).toBe('Parallax (e2e)');
    expect(rest).toEqual(shippedRest);
  });

  it('the content script is a classic script', () => {
    const content = readFileSync(resolve(ROOT, 'dist/chrome/content.js'), 'utf8');
    expect(content).not.toMatch(/^\s*(import|export)\s/m);
    expect(content).not.toMatch(/\beval\(|new Function\(/);
  });
});
