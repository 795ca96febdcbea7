import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const shellOnlyCore = {
  patterns: [
    { group: ['**/core/*/**', '!**/core/api', '!**/core/api.ts'], message: 'Shells call the core only through electron/core/api.ts.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'zhitu-workspace/**', 'test-results/**', '.tmp/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.ts', 'bin/**/*.mjs', '*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Rule 1: the core is pure: no Electron, React or DOM.
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron', 'react', 'react-dom'], patterns: [{ group: ['**/main/**', '**/preload/**', '**/cli/**', '**/server/**', '**/renderer/**'], message: 'The core must not depend on a shell.' }] }],
    },
  },
  {
    // Rule 2: shared holds types and the contract only.
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/**', '**/main/**', 'electron', 'react'], message: 'electron/shared must not depend on the core or a shell.' }] }],
    },
  },
  {
    // Rule 1: shells stay thin and reach the core only through api.ts.
    files: ['electron/main/**/*.ts', 'electron/cli/**/*.ts', 'electron/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', shellOnlyCore] },
  },
  {
    // Rule 3: the preload exposes the contract and imports nothing but electron and shared.
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/**', '**/main/**', 'node:*', 'fs', 'path'], message: 'The preload may import only electron and electron/shared.' }] }],
    },
  },
  {
    // Rule 6: the renderer reaches Node only through its api client, and imports types from shared.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron'], patterns: [{ group: ['**/core/**', '**/main/**', '**/preload/**', '**/cli/**', '**/server/**', 'node:*'], message: 'The renderer talks to the core only through src/api/client.ts.' }] }],
    },
  },
);
