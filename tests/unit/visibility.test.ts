/**
 * One visibility rule (src/model/visibility.ts), rendered from one place into every statement that
 * reads: the compiled reads, the walks and the named queries. No database: the rendered text and
 * the role's parameter are what is checked (the leak tests in tests/api, tests/network and
 * tests/reliability check what each role gets back from the real Neo4j).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';
import { QueryRegistry } from '../../src/db/query-registry';
import { compileById } from '../../src/graph/compile/roots';
import { allVisibleTo, pieceVisibleTo, unrestricted, visibleTo } from '../../src/model';

/** Every file below `dir` (relative to the project) whose name ends with one of `endings`. */
function filesBelow(dir: string, endings: string[]): string[] {
  const root = path.join(PROJECT_ROOT, dir);
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const file = path.join(root, name);
    return endings.some((ending) => name.endsWith(ending)) && fs.statSync(file).isFile()
      ? [path.relative(PROJECT_ROOT, file)]
      : [];
  });
}

const ROLES = [
  { role: 'the public', seeRestricted: false },
  { role: 'a researcher or editor', seeRestricted: true },
];

describe('the visibility rule', () => {
  it('renders one condition over every variable it is given', () => {
    expect(visibleTo('n')).toBe('($seeRestricted OR NOT (coalesce(n.restricted, false)))');
    expect(visibleTo('r', 'm')).toBe(
      '($seeRestricted OR NOT (coalesce(r.restricted, false) OR coalesce(m.restricted, false)))',
    );
    expect(allVisibleTo('rels', 'nodes(p)')).toBe(
      '($seeRestricted OR (all(x IN rels WHERE NOT coalesce(x.restricted, false)) AND ' +
        'all(x IN nodes(p) WHERE NOT coalesce(x.restricted, false))))',
    );
    expect(unrestricted('rels')).toBe('all(x IN rels WHERE NOT coalesce(x.restricted, false))');
    expect(pieceVisibleTo('r.evidenceRestricted[i]')).toBe(
      '($seeRestricted OR NOT coalesce(r.evidenceRestricted[i], false))',
    );
    expect(() => visibleTo()).toThrow();
  });

  it.each(ROLES)(
    'is the same statement for $role, told apart only by $seeRestricted',
    ({ seeRestricted }) => {
      const tree = { name: 'node', alias: 'node', args: {}, fieldsByTypeName: {} };
      const read = compileById(tree, 'org:kwadraad', seeRestricted);
      expect(read.params.seeRestricted).toBe(seeRestricted);
      expect(read.text).toContain(`WHERE ${visibleTo('n')}`);
      expect(compileById(tree, 'org:kwadraad', !seeRestricted).text).toBe(read.text);
    },
  );

  it('is written in one file of src/ and cypher/: the others render it', () => {
    const writers = [...filesBelow('src', ['.ts']), ...filesBelow('cypher', ['.cypher'])].filter((file) =>
      /\$seeRestricted OR|NOT coalesce\([^)]*restricted/.test(
        fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8'),
      ),
    );
    expect(writers).toEqual([path.join('src', 'model', 'visibility.ts')]);
  });

  it('is rendered into every named query that names it, and no placeholder of it is left', () => {
    const registry = new QueryRegistry();
    for (const name of registry.names()) {
      const text = registry.get(name).text;
      expect({ name, left: /\{\{(VISIBLE|ALL_VISIBLE|UNRESTRICTED|EVIDENCE):/.test(text) }).toEqual({
        name,
        left: false,
      });
    }
    expect(registry.get('network/search').text).toContain(visibleTo('node'));
    expect(registry.get('analytics/projection-edges').text).toContain(visibleTo('r', 'a', 'b'));
  });
});
