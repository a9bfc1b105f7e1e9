/**
 * The floors of src/ are enforced by ESLint (eslint-plugin-boundaries, configured in
 * eslint.config.mjs). This writes temporary files into the floors, lints imports between them that
 * point up, sideways and down through ESLint's Node API, and deletes them again: a configuration
 * change that quietly stops the rule fails here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';

const RULE = 'boundaries/dependencies';
const GRAPH_FLOORS = ['curation', 'resolvers', 'kinds', 'compile', 'types', 'records'].map(
  (f) => `graph/${f}`,
);
const FOLDERS = [
  'cli',
  'server',
  'network',
  'analytics',
  'graph',
  ...GRAPH_FLOORS,
  'intake',
  'seed',
  'model',
  'db',
  'config',
]
  .map((floor) => `src/${floor}`)
  .concat('tests', 'bench');

/** [folder importing, folder imported, the message naming both, or null for an allowed import] */
const PROBES: [string, string, string | null][] = [
  ['src/model', 'src/graph', 'src/model may not import src/graph'],
  ['src/model', 'src/seed', 'src/model may not import src/seed'],
  ['src/model', 'src/db', 'src/model may not import src/db'],
  ['src/db', 'src/graph', 'src/db may not import src/graph'],
  ['src/db', 'src/seed', 'src/db may not import src/seed'],
  ['src/seed', 'src/graph', 'src/seed may not import src/graph'],
  ['src/intake', 'src/seed', 'src/intake may not import src/seed'],
  ['src/intake', 'src/db', 'src/intake may not import src/db'],
  ['src/intake', 'src/graph', 'src/intake may not import src/graph'],
  ['src/seed', 'src/intake', 'src/seed may not import src/intake'],
  ['src/model', 'src/intake', 'src/model may not import src/intake'],
  ['src/graph', 'src/server', 'src/graph may not import src/server'],
  ['src/graph', 'src/network', 'src/graph may not import src/network'],
  ['src/graph', 'src/analytics', 'src/graph may not import src/analytics'],
  ['src/network', 'src/analytics', 'src/network may not import src/analytics'],
  ['src/analytics', 'src/network', 'src/analytics may not import src/network'],
  ['src/analytics', 'src/server', 'src/analytics may not import src/server'],
  ['src/server', 'src/cli', 'src/server may not import src/cli'],
  ['src/config', 'src/model', 'src/config may not import src/model'],
  ['src/model', 'tests', 'src/model may not import tests'],
  ['src/cli', 'bench', 'src/cli may not import bench'],
  ['src/cli', 'src/server', null],
  ['src/server', 'src/network', null],
  ['src/server', 'src/analytics', null],
  ['src/network', 'src/graph', null],
  ['src/analytics', 'src/graph', null],
  ['src/graph', 'src/seed', null],
  ['src/seed', 'src/db', null],
  ['src/seed', 'src/model', null],
  ['src/intake', 'src/model', null],
  ['src/intake', 'src/config', null],
  ['src/cli', 'src/intake', null],
  ['src/graph', 'src/intake', null],
  ['src/db', 'src/model', null],
  ['src/db', 'src/config', null],
  ['src/model', 'src/config', null],
  ['tests', 'src/cli', null],
  // The floors inside graph: root → curation, resolvers → kinds → compile → types → records.
  ['src/graph/records', 'src/graph/types', 'src/graph/records may not import src/graph/types'],
  ['src/graph/types', 'src/graph/compile', 'src/graph/types may not import src/graph/compile'],
  ['src/graph/compile', 'src/graph/resolvers', 'src/graph/compile may not import src/graph/resolvers'],
  ['src/graph/compile', 'src/graph/kinds', 'src/graph/compile may not import src/graph/kinds'],
  ['src/graph/kinds', 'src/graph/curation', 'src/graph/kinds may not import src/graph/curation'],
  ['src/graph/resolvers', 'src/graph/curation', 'src/graph/resolvers may not import src/graph/curation'],
  ['src/graph/compile', 'src/graph', 'src/graph/compile may not import src/graph'],
  ['src/graph', 'src/graph/curation', null],
  ['src/graph/curation', 'src/graph/compile', null],
  ['src/graph/resolvers', 'src/graph/kinds', null],
  ['src/graph/kinds', 'src/graph/types', null],
  ['src/graph/compile', 'src/graph/records', null],
  ['src/network', 'src/graph/compile', null],
  ['tests', 'src/graph/records', null],
];

const tag = `zz-layer-${process.pid}`;
const targetIn = (folder: string) => `${folder}/${tag}-target.ts`;
const probeFile = (i: number) => `${PROBES[i][0]}/${tag}-probe-${i}.ts`;
const written = () => [...FOLDERS.map(targetIn), ...PROBES.map((_, i) => probeFile(i))];

describe('the floors of src, enforced by ESLint', () => {
  let linted: { file: string; messages: { ruleId: string | null; message: string }[] }[];

  beforeAll(() => {
    const probes = PROBES.map(([from, to], i) => {
      const source = path.relative(from, targetIn(to)).replace(/\.ts$/, '');
      return { file: probeFile(i), code: `export { target } from '${source}';\n` };
    });
    const out = execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'tests/support/lint-probes.mjs')], {
      cwd: PROJECT_ROOT,
      input: JSON.stringify({ targets: FOLDERS.map(targetIn), probes }),
      encoding: 'utf8',
    });
    linted = JSON.parse(out) as typeof linted;
  }, 120_000);

  afterAll(() => written().forEach((file) => fs.rmSync(path.join(PROJECT_ROOT, file), { force: true })));

  it('leaves no temporary file behind', () => {
    expect(written().filter((file) => fs.existsSync(path.join(PROJECT_ROOT, file)))).toEqual([]);
  });

  const cases = PROBES.map(([from, to, message], i) => ({ from, to, message, i }));

  it.each(cases.filter((c) => c.message !== null))(
    'refuses $from importing $to, naming the rule',
    ({ message, i }) => {
      expect(linted[i]).toEqual({
        file: probeFile(i),
        messages: [{ ruleId: RULE, message: expect.stringContaining(message!) }],
      });
    },
  );

  it.each(cases.filter((c) => c.message === null))('lets $from import $to', ({ i }) => {
    expect(linted[i]).toEqual({ file: probeFile(i), messages: [] });
  });
});
