import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// DESIGN.md's dependency rule: core imports nothing of the others; renderer, electron and
// platform import core; nobody imports renderer or platform except tests.
const outsideCore = ['**/renderer/**', '**/electron/**', '**/platform/**', '**/tests/**', '**/scripts/**'];
const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', '.tsbuild/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: outsideCore, message: 'core imports nothing of renderer, electron, platform, tests or scripts.' },
            { group: [...nodeModules, 'electron', 'react', 'react-dom', 'rxdb', 'rxdb/*', 'dexie', 'nodemailer'], message: 'core is pure: no I/O, DOM, Node or storage libraries.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'core takes time as an argument; no Date.now().' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'core takes randomness as an argument.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'core takes time as an argument; no new Date().' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}', 'renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', '**/platform/**', '**/tests/**', '**/scripts/**'], message: 'renderer imports only core and its own modules.' },
            { group: [...nodeModules, 'electron', 'nodemailer'], message: 'renderer never imports electron or Node modules: go through DesktopApi.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        // electron/services/platform is electron's own client of the platform, not platform/.
        { patterns: [{ group: ['**/renderer/**', '**/platform/**', '!**/services/platform/**', '**/tests/**'], message: 'electron imports only core and its own modules.' }] },
      ],
    },
  },
  {
    files: ['platform/**/*.ts'],
    ignores: ['platform/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', '**/electron/**', '**/tests/**'], message: 'platform imports only core and its own modules.' }] },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts', 'scripts/**/*.{ts,mjs,js}', '*.config.{ts,js}', '**/vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
