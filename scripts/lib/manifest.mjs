// One source manifest.json; the per-browser manifests are derived here at build time.

/**
 * The origins the e2e tests serve on: the demo site on 127.0.0.1, and one host per invented outlet under
 * .test (a reserved TLD, mapped to 127.0.0.1 by --host-resolver-rules) for the discovery suites.
 */
export const E2E_HOSTS = ['http://127.0.0.1/*', 'http://*.test/*'];

/** The test-only builds: a shipped build plus the test origin. */
export const E2E_TARGETS = { 'chrome-e2e': 'chrome', 'firefox-e2e': 'firefox' };

/**
 * @param {Record<string, any>} source  the parsed root manifest.json
 * @param {'chrome' | 'firefox' | 'chrome-e2e' | 'firefox-e2e'} target
 * @param {string} version  package.json's version (the manifest's own is a placeholder)
 */
export function deriveManifest(source, target, version) {
  const m = structuredClone(source);
  m.version = version;
  const { service_worker: worker, scripts, type } = m.background;
  if (target === 'firefox' || target === 'firefox-e2e') {
    // Firefox MV3: an event page (which has a DOM, so no offscreen document) and a gecko id.
    m.background = { scripts: scripts ?? [worker], type };
    m.permissions = m.permissions.filter((p) => p !== 'offscreen');
  } else {
    // Chrome ignores browser_specific_settings but warns about background.scripts: drop both.
    m.background = { service_worker: worker ?? scripts[0], type };
    delete m.browser_specific_settings;
  }
  if (target in E2E_TARGETS) {
    // E2E ONLY. activeTab cannot be granted in automation (recipe §9: chrome.action.openPopup() does not
    // grant it), so the test build is pre-granted the demo server's origin. The shipped builds keep every
    // website host optional, requested on the reader's click; test/extension/manifest.test.ts fails if a
    // shipped manifest ever carries a host permission. Firefox grants a listed host permission at temporary
    // install (recipe §10), and its match patterns carry no port, so the same pattern serves both.
    m.host_permissions = [...E2E_HOSTS];
    m.name = 'Parallax (e2e)';
  }
  return m;
}
