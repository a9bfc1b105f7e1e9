import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/**
 * The floors of src/, top to bottom, each with the floors it may import besides its own. An import
 * that points up (or sideways between network and analytics) fails `npm run lint` with
 * `boundaries/dependencies`. tests/, bench/ and web/ stand outside the building: they may import any
 * floor, and no floor may import them.
 */
const FLOORS = {
  cli: ['server', 'network', 'analytics', 'graph', 'seed', 'model', 'db', 'config'],
  server: ['network', 'analytics', 'graph', 'seed', 'model', 'db', 'config'],
  network: ['graph', 'seed', 'model', 'db', 'config'],
  analytics: ['graph', 'seed', 'model', 'db', 'config'],
  graph: ['seed', 'model', 'db', 'config'],
  seed: ['model', 'db', 'config'],
  db: ['model', 'config'],
  model: ['config'],
  config: [],
};
const OUTSIDE = ['tests', 'bench', 'web'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.neo4j/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.ts'],
    // The explorer (web/) is an app of its own, bundled apart; its web/src/… folders are not floors.
    ignores: ['web/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.js', '.json'] } },
      // Every way a file can name another: import, export … from, import(), require().
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
      'boundaries/elements': [
        ...Object.keys(FLOORS).map((floor) => ({ type: floor, pattern: `src/${floor}` })),
        ...OUTSIDE.map((folder) => ({ type: folder, pattern: folder })),
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{from.element.path}} may not import {{to.element.path}} ({{dependency.source}}): the floors of src are cli → server → network, analytics → graph → seed → model, db → config; imports only point down, and nothing in src imports tests, bench or web (eslint.config.mjs)',
          policies: [
            ...Object.entries(FLOORS).map(([floor, below]) => ({
              from: { element: { type: floor } },
              allow: { to: { element: { type: [floor, ...below] } } },
            })),
            ...OUTSIDE.map((folder) => ({
              from: { element: { type: folder } },
              allow: { to: { element: { type: '*' } } },
            })),
          ],
        },
      ],
    },
  },
  {
    // A new folder under src must be given its floor above before it can be linted.
    files: ['src/**/*.ts'],
    rules: { 'boundaries/no-unknown-files': 'error' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
);
