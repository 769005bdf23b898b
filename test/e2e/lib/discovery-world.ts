// The discovery e2e's world: the demo newsstand with one host per outlet (*.test mapped to 127.0.0.1 by
// Chromium's --host-resolver-rules, so "one fetch per host" and "the reader's own outlet is excluded" are
// real), fake search providers on 127.0.0.1 (test/fixtures/fake-providers.ts), and a copy of the
// chrome-e2e build, whose manifest holds http://*.test/* (the shipped builds hold no host at all).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PAGES } from '../../../scripts/lib/demo-server.mjs';
import type { FakeItem } from '../../fixtures/fake-providers';
import { launchWithExtension, type ChromiumRun } from './chromium';

export const TEST_HOSTS = 'http://*.test/*';
/** Every invented outlet host resolves to the local servers. */
export const MAP_TEST_HOSTS = '--host-resolver-rules=MAP *.test 127.0.0.1';

/**
 * A private copy of the e2e build (the build already grants *.test, scripts/lib/manifest.mjs; an older
 * dist/ is patched here). A copy, because an unpacked extension's id follows its folder: a test that
 * rewrites the manifest and reloads the extension must not touch dist/ that other suites load.
 */
export function extensionWithTestHosts(extDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-ext-'));
  cpSync(extDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (!(manifest.host_permissions ?? []).includes(TEST_HOSTS)) {
    manifest.host_permissions = [...(manifest.host_permissions ?? []), TEST_HOSTS];
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  }
  return dir;
}

export type MappedRun = ChromiumRun;

/** Chromium with the build loaded and *.test mapped; `userDataDir` relaunches on an existing profile. */
export async function launchMapped(extDir: string, browserPath: string, options: { userDataDir?: string } = {}): Promise<MappedRun> {
  return launchWithExtension({ extDir, browser: { path: browserPath, branded: false }, args: [MAP_TEST_HOSTS], userDataDir: options.userDataDir });
}

/** An outlet's page on its own host: http://<outlet>.test:<port>/<path>. */
export function outletUrl(port: number, path: string): string {
  const outlet = path.split('/').filter(Boolean)[0] === 'slow' ? path.split('/')[2] : path.split('/')[1];
  return `http://${outlet}.test:${port}${path}`;
}

/**
 * What each provider answers: the story's outlets, the reader's own outlet (must be left out), a
 * second wire republication, another story sharing words, a paywalled stub, a page that never
 * answers, and an unrelated result (noise the pre-ranking must not let crowd out the story).
 */
export function providerResults(port: number): Record<'bing' | 'google-news', FakeItem[]> {
  const at = (path: string) => outletUrl(port, path);
  return {
    bing: [
      { title: 'NATO allies agree to pool defenses for undersea cables after Geneva talks', url: at(DEMO_PAGES.wire), outlet: 'Atlas Wire', published: '2025-02-26T14:05:00Z', description: 'NATO allies and the European Union agreed on Wednesday to pool their defenses for undersea data cables.' },
      { title: 'Nato and EU agree to pool cable defences after Geneva talks', url: at(DEMO_PAGES.british), outlet: 'The Northgate Chronicle', published: '2025-02-26T15:30:00Z', description: 'Nato allies and the EU agreed to pool their defences for undersea data cables.' },
      { title: 'NATO allies agree to pool defenses for undersea cables', url: at(DEMO_PAGES.republished), outlet: 'Riverbend Daily Post', published: '2025-02-26T18:00:00Z', description: 'NATO allies and the European Union agreed on Wednesday to pool their defenses for undersea data cables.' },
      { title: 'Nato and EU agree undersea cable shield', url: at(DEMO_PAGES.paywalled), outlet: 'The Meridian Times', published: '2025-02-26T16:00:00Z', description: 'Ministers meeting in Geneva agreed to share sonar data.' },
      { title: 'County broadband plan clears first vote', url: `http://valley-courier.test:${port}/valley-courier/county-broadband.html`, outlet: 'Valley Courier', published: '2025-02-26T10:00:00Z', description: 'Council members voted 5-2.' },
    ],
    'google-news': [
      { title: 'Nato and EU agree to pool cable defences after Geneva talks', url: at(DEMO_PAGES.british), outlet: 'The Northgate Chronicle', published: '2025-02-26T15:30:00Z' },
      { title: 'Allies strike pact to guard undersea cables', url: at(DEMO_PAGES.wireAgain), outlet: 'The Lakeside Ledger', published: '2025-02-26T19:30:00Z' },
      { title: 'NATO, EU pool defenses for undersea cables after Geneva talks', url: at(DEMO_PAGES.timesOut), outlet: 'Coastal Observer', published: '2025-02-26T17:00:00Z' },
      { title: 'Freighter detained after anchor drags through harbour moorings, damaging cables of fishing fleet', url: at(DEMO_PAGES.otherStory), outlet: 'Harbour Herald', published: '2025-02-27T08:10:00Z' },
    ],
  };
}
