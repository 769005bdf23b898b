export const E2E_HOSTS: string[];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function deriveManifest(source: Record<string, any>, target: 'chrome' | 'firefox' | 'chrome-e2e', version: string): Record<string, any>;
