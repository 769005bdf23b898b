// The coverage contract's types, for the reader's view. The popup fence forbids imports from extension/
// (behaviour must go through popup/client.ts); these are types only, erased at build, so one reasoned
// exception here keeps every component on the one contract.
// eslint-disable-next-line no-restricted-imports -- type-only import of the pipeline ↔ view contract
export type { CoverageComparison, CoverageItem, CoverageSession, ProviderProgress, ComparisonCounts } from '../../extension/coverage';
