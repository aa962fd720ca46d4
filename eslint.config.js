// Lint policy: type-checked rules everywhere, console only in the CLI, and the import
// boundaries of DESIGN.md enforced per folder.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noIo = ['node:fs', 'node:fs/promises', 'node:child_process', 'fs', 'child_process'];
// Folders that read inputs (sources) or run them (the scan engine: files, workers) may do I/O.
const mayDoIo = new Set(['sources', 'scan']);
const boundary = (folder, forbidden) => ({
  files: [`src/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: mayDoIo.has(folder) ? [] : noIo.map((name) => ({ name, message: `src/${folder} stays free of I/O` })),
        patterns: forbidden.map((f) => ({ group: [`**/${f}/**`, `../${f}/*`], message: `src/${folder} must not import src/${f}` })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench-data/**', '.tmp/**', 'test/fixtures/**', 'corpus/*/files/**'] /* other people's files, materialized for the accuracy corpus */ },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["*.js", "bin/*.js", "scripts/*.mjs", "vitest.config.ts"] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/prefer-nullish-coalescing': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The scan engine runs sources, classification and rules; the CLI calls it, never the reverse.
  boundary('scan', ['cli', 'reporters']),
  boundary('detectors', ['sources', 'rules', 'reporters', 'cli', 'config', 'classify', 'scan']),
  boundary('rules', ['sources', 'detectors', 'reporters', 'cli', 'classify', 'scan']),
  boundary('reporters', ['sources', 'detectors', 'rules', 'config', 'cli', 'classify', 'scan']),
  boundary('sources', ['detectors', 'rules', 'reporters', 'cli', 'classify', 'scan']),
  boundary('model', ['sources', 'detectors', 'rules', 'reporters', 'cli', 'config', 'classify', 'util', 'scan']),
  {
    files: ['src/cli/**/*.ts', 'bin/**/*.js', 'scripts/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**/*.ts', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['bin/**/*.js', 'scripts/**/*.mjs', '*.js'], languageOptions: { globals: globals.node } },
);
