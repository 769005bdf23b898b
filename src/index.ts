// The one public entry of the engine: the extension, the popup and the CLI import from here only.
export type { Article } from './article';
export * from './comparison';
