// Lint config: strict TypeScript plus the architecture's import boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noElectron = {
  paths: [{ name: 'electron', message: 'engine, contract and cli are plain Node: never import electron.' }],
  patterns: [
    {
      group: ['electron/*', 'electron-store', 'electron-log', 'electron-log/*'],
      message: 'Electron-only modules belong in electron/main.',
    },
    {
      group: ['**/main/*', '**/main', '**/preload/*', '**/renderer/*'],
      message: 'Plain-Node code must not depend on the Electron shell or the UI.',
    },
  ],
};

// The CLI and main use the engine through its public entries only (vscode-style layering):
// electron/engine (diagnosis, recogniser, texts, OS), electron/engine/fixes, electron/engine/report.
const engineEntriesOnly = {
  regex: '(^|/)engine/(?!(?:fixes|report)$).+',
  message: 'Import the engine through electron/engine, electron/engine/fixes or electron/engine/report.',
};

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['electron/engine/**', 'electron/contract/**'],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  {
    files: ['electron/main/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [engineEntriesOnly] }] },
  },
  {
    // ESLint replaces a rule's options per matching config, so the CLI's entry holds both rules.
    files: ['electron/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...noElectron, patterns: [...noElectron.patterns, engineEntriesOnly] },
      ],
    },
  },
  {
    // The value layer stays zod-free and self-contained, so the renderer may import it.
    files: ['electron/contract/values/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'The value layer is zod-free (the renderer imports it).' }],
          patterns: [
            { group: ['../*', 'electron', 'node:*'], message: 'The value layer imports only its own files.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'electron/contract(/(?!values$)[^/]+)?$',
              allowTypeImports: true,
              message:
                'The renderer may only `import type` from electron/contract (values: electron/contract/values).',
            },
            {
              group: [
                '**/electron/engine/**',
                '**/electron/main/**',
                '**/electron/preload/**',
                '**/electron/cli/**',
                'node:*',
              ],
              message: 'The renderer talks only through the bridge.',
            },
          ],
          // A bare 'electron' in `patterns` would also match '../electron/contract' (gitignore semantics).
          paths: [{ name: 'electron', message: 'The renderer talks only through the bridge.' }],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.config.{ts,js,mjs}', 'eslint.config.js', 'electron/electron.vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
