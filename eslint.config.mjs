import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports flow one way: renderer → contract → domain, and electron → contract → domain (DESIGN.md §2). */
const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'electron', 'electron-store'];
/** Each rule a list of modules and why they are out of bounds; a later block for the same files replaces it whole. */
const forbid = (...rules) => ({
  'no-restricted-imports': [
    'error',
    { patterns: rules.flatMap(([modules, message]) => modules.map((group) => ({ group: [group], message }))) },
  ],
});
const apps = [...nodeModules, 'react', 'react-dom', 'zustand', '**/renderer/**', '**/electron/**'];
const rendererBoundary = [
  [...nodeModules, '**/electron/**'],
  'The renderer reaches the Node side only through renderer/lib/api.ts.',
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['domain/**/*.ts'],
    rules: forbid([
      [...apps, '**/contract', '**/contract/**'],
      'domain/ is pure: it imports nothing but itself and zod.',
    ]),
  },
  {
    files: ['contract/**/*.ts'],
    rules: forbid([apps, 'contract/ describes the process boundary: it imports only domain/ and zod.']),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...forbid(rendererBoundary) },
  },
  {
    // Replaces the renderer's rule for the store, so it repeats that boundary before adding its own.
    files: ['renderer/store/**/*.ts'],
    rules: forbid(rendererBoundary, [
      ['**/features/**'],
      'The store holds what every feature reads: it imports none of them.',
    ]),
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: forbid([['**/renderer/**', 'react', 'react-dom'], 'The Node side never imports the renderer.']),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      // The sandboxed preload may take only types from the model and the contract: their values would bundle zod.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(domain|contract)(/(?!events$).*)?$',
              allowTypeImports: true,
              // contract/events.ts imports nothing, so its values may be bundled; every other module brings zod.
              message:
                'Import only types from domain/ and contract/ (values only from contract/events) in the preload.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['bin/**/*.cjs', 'test/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts', '*.config.{ts,mts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
