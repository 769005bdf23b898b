export const E2E_HOSTS: string[];
export const E2E_TARGETS: { 'chrome-e2e': 'chrome'; 'firefox-e2e': 'firefox' };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function deriveManifest(source: Record<string, any>, target: 'chrome' | 'firefox' | 'chrome-e2e' | 'firefox-e2e', version: string): Record<string, any>;
