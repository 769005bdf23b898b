export function isBranded(path: string): boolean;
export function browserCandidates(env?: Record<string, string | undefined>): string[];
export class BrowserNotFound extends Error {}
export function findBrowser(options?: { install?: boolean }): { path: string; branded: boolean };
