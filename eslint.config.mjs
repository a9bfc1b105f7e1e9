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
/**
 * src/graph has floors of its own, top to bottom: its root files (context, the resolver list), then
 * curation and the resolvers, the kinds' types, the compiler (reads), the shared GraphQL types, and
 * the records the reads return. The floors above graph may import any of them.
 */
const GRAPH = [
  'graph',
  'graph/curation',
  'graph/resolvers',
  'graph/kinds',
  'graph/compile',
  'graph/types',
  'graph/records',
];
const BELOW_GRAPH = ['intake', 'seed', 'model', 'db', 'config'];
const FLOORS = {
  cli: ['server', 'network', 'analytics', ...GRAPH, ...BELOW_GRAPH],
  server: ['network', 'analytics', ...GRAPH, ...BELOW_GRAPH],
  network: [...GRAPH, ...BELOW_GRAPH],
  analytics: [...GRAPH, ...BELOW_GRAPH],
  graph: [...GRAPH.slice(1), ...BELOW_GRAPH],
  'graph/curation': ['graph/kinds', 'graph/compile', 'graph/types', 'graph/records', ...BELOW_GRAPH],
  'graph/resolvers': ['graph/kinds', 'graph/compile', 'graph/types', 'graph/records', ...BELOW_GRAPH],
  'graph/kinds': ['graph/types', 'graph/records', ...BELOW_GRAPH],
  'graph/compile': ['graph/types', 'graph/records', ...BELOW_GRAPH],
  'graph/types': ['graph/records', ...BELOW_GRAPH],
  'graph/records': BELOW_GRAPH,
  // The intake engine: pure text → proposed facts, over the model only (no database, no GraphQL).
  intake: ['model', 'config'],
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
        // The inner floors of graph first: an element is the first pattern that matches.
        ...Object.keys(FLOORS)
          .sort((a, b) => b.split('/').length - a.split('/').length)
          .map((floor) => ({ type: floor, pattern: `src/${floor}` })),
        ...OUTSIDE.map((folder) => ({ type: folder, pattern: folder })),
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{from.element.path}} may not import {{to.element.path}} ({{dependency.source}}): the floors of src are cli → server → network, analytics → graph (root → curation, resolvers → kinds → compile → types → records) → intake, seed → model, db → config (intake: model and config only); imports only point down, and nothing in src imports tests, bench or web (eslint.config.mjs)',
          policies: [
            ...Object.entries(FLOORS).map(([floor, below]) => ({
              from: { element: { type: floor } },
              allow: { to: { element: { type: [floor, ...below] } } },
            })),
            ...OUTSIDE.map((folder) => ({
              from: { element: { type: folder } },
              allow: { to: { element: { type: [...Object.keys(FLOORS), ...OUTSIDE] } } },
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
