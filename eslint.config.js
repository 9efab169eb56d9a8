import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Imports point one way: ui → store → graph → extract (render sits beside graph, worker beside store;
// ingest, reading what the user brings, sits beside graph over extract: store, ui and worker may use it).
// Each layer lists the layers it must never reach into.
const forbid = (...layers) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: layers.map((layer) => ({
        group: [`**/${layer}`, `**/${layer}/*`, `**/${layer}/**`],
        message: `this layer must not import from src/${layer}: dependencies point ui → store → graph → extract`,
      })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results*/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // lib holds what any layer may use (work done in steps between tasks): it imports from none of them.
  { files: ['src/lib/**'], rules: forbid('extract', 'graph', 'worker', 'store', 'render', 'ui', 'ingest') },
  { files: ['src/extract/**'], rules: forbid('graph', 'worker', 'store', 'render', 'ui', 'ingest') },
  // ingest reads what the user brings (files, pasted text, HTML) into documents: it may use extract only.
  { files: ['src/ingest/**'], rules: forbid('graph', 'worker', 'store', 'render', 'ui') },
  { files: ['src/graph/**'], rules: forbid('worker', 'store', 'render', 'ui', 'ingest') },
  { files: ['src/render/**'], rules: forbid('worker', 'store', 'ui', 'ingest') },
  { files: ['src/worker/**'], rules: forbid('graph', 'store', 'render', 'ui') },
  { files: ['src/store/**'], rules: forbid('render', 'ui') },
  { files: ['cli/**'], rules: forbid('graph', 'worker', 'store', 'render', 'ui') },
  // The render bench loads synthetic graphs (src/graph/synthetic.ts) the way the app reads them (graph/formats).
  { files: ['cli/bench/render/**'], rules: forbid('worker', 'store', 'render', 'ui') },
  { files: ['e2e/**'], rules: forbid('src') },
);
