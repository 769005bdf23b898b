import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The house's fences live here, not in memory:
//  - src/ (the engine) imports nothing from extension/, popup/, preact, Readability or Node, and uses no
//    browser or DOM globals;
//  - only extension/api.ts touches the `chrome` / `browser` namespaces;
//  - popup/ reaches the extension only through popup/client.ts;
//  - no dangerouslySetInnerHTML and no innerHTML/outerHTML writes anywhere: page text is data, never markup.
const browserNamespaces = [
  { name: 'chrome', message: 'Browser APIs go through extension/api.ts only.' },
  { name: 'browser', message: 'Browser APIs go through extension/api.ts only.' },
];
const noMarkup = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Never render markup from data: pass text as JSX children.',
  },
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: 'Never write markup: build nodes with textContent.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Never write markup: build nodes with textContent.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'coverage/**', '.web-ext-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...noMarkup],
      'no-restricted-globals': ['error', ...browserNamespaces],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/extension/**', '**/popup/**', '**/cli/**'], message: 'The engine imports nothing from the shell.' },
            { group: ['preact', 'preact/*', '@mozilla/readability', 'webextension-polyfill'], message: 'The engine is pure TypeScript.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The engine runs in browsers too: no Node modules.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserNamespaces,
        ...['window', 'document', 'DOMParser', 'fetch', 'localStorage', 'indexedDB', 'navigator', 'process'].map((name) => ({
          name,
          message: 'src/ is a pure engine: no DOM, browser or Node globals.',
        })),
      ],
    },
  },
  {
    files: ['popup/**/*.{ts,tsx}'],
    ignores: ['popup/client.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/extension/**', '!**/extension/messages', '!**/extension/errors'],
              message: 'The popup talks to the extension only through popup/client.ts (types from extension/messages are fine).',
            },
            { group: ['webextension-polyfill'], message: 'The popup talks to the extension only through popup/client.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['extension/api.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}', 'bin/**/*.js'],
    rules: { 'no-restricted-globals': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
