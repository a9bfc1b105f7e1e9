import fs from 'node:fs';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import type { Plan } from 'neo4j-driver';
import type { RecordedStatement } from '../../src/db/dry-run';
import { statementsOf } from '../../src/graph/compile/operation';
import { ANONYMOUS, type FilterSpec, KINDS, type KindSpec, exampleIdOf, NodeLabel } from '../../src/model';
import { buildGraphSchema } from '../../src/server/schema';
import { databaseSuite } from '../support/service-suite';

/**
 * The planner's view of every compiled read: EXPLAIN (nothing runs) on the real Neo4j, for each
 * kind's list in every order, with and without a cursor, with each filter; for every example in
 * examples/; and for an operation per kind that selects every relationship field. None may scan
 * all nodes, and a list without filters must page through its kind's (name, id) index.
 */
const RESEARCHER = { subject: 'test', roles: new Set(['researcher' as const]), seeRestricted: true };

function operators(plan: Plan): Plan[] {
  return [plan, ...plan.children.flatMap(operators)];
}

function sampleValue(kind: KindSpec, filter: FilterSpec): string {
  if (filter.type === 'int') return '2017';
  if (filter.type === 'id') return JSON.stringify(exampleIdOf(filter.ids ?? [kind.label]).split(' or ')[0]);
  if (filter.type === 'enum') {
    return filter.field === 'documentKind' ? '"news"' : filter.field === 'type' ? 'SOCIAL_WORK' : 'PROJECT';
  }
  return '"a"';
}

const CURSOR = Buffer.from(JSON.stringify(['M', 'm'])).toString('base64url');
const NEIGHBOUR_CURSOR = Buffer.from(JSON.stringify(['M', 'm', 'm'])).toString('base64url');

function listVariants(): [string, string][] {
  return Object.values(KINDS).flatMap((kind) =>
    ['NAME_ASC', 'NAME_DESC'].flatMap((order) =>
      [null, CURSOR].flatMap((after) =>
        [null, ...kind.filters].map((filter): [string, string] => {
          const args = [
            'first: 5',
            `orderBy: ${order}`,
            ...(after ? [`after: "${after}"`] : []),
            ...(filter ? [`filter: { ${filter.field}: ${sampleValue(kind, filter)} }`] : []),
          ];
          const name = `${kind.listField} ${order}${after ? ' after a cursor' : ''}${filter ? ` by ${filter.field}` : ''}`;
          // hasPreviousPage: after a cursor, the list's statement also seeks back from it (EXISTS).
          return [
            name,
            `{ ${kind.listField}(${args.join(', ')}) { totalCount edges { node { id name } } pageInfo { hasPreviousPage hasNextPage } } }`,
          ];
        }),
      ),
    ),
  );
}

/**
 * Every relationship field of a kind, each with its node's id and the evidence's document, and
 * `neighbours` from the start and after a cursor (with the check whether any precede it).
 */
function everyRelationshipField(kind: KindSpec): string {
  const fields = kind.relationships.map(
    (r) => `${r.field} { key evidence { excerpt document { id } } node { id } }`,
  );
  return (
    `{ ${kind.byIdField}(id: ${JSON.stringify(exampleIdOf([kind.label]))}) { id ${fields.join(' ')} ` +
    `neighbours(first: 3) { totalCount edges { node { id } } } ` +
    `later: neighbours(first: 3, after: "${NEIGHBOUR_CURSOR}") { edges { node { id } } pageInfo { hasPreviousPage } } } }`
  );
}

describe('compiled reads, as the planner sees them', () => {
  const suite = databaseSuite();
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await buildGraphSchema();
  });

  async function plansOf(
    operation: string,
    viewer = ANONYMOUS,
  ): Promise<{ statement: RecordedStatement; plan: Plan }[]> {
    const statements = await statementsOf(schema, operation, viewer);
    const session = suite.database.driver.session();
    try {
      const out = [];
      for (const statement of statements) {
        const result = await session.run(`EXPLAIN ${statement.text}`, statement.params);
        out.push({ statement, plan: result.summary.plan as Plan });
      }
      return out;
    } finally {
      await session.close();
    }
  }

  it.each(listVariants())('%s: no AllNodesScan, an index for the page', async (name, operation) => {
    const [{ statement, plan }] = await plansOf(operation);
    expect(statement.name).toMatch(/^compiled\//);
    const ops = operators(plan);
    expect(ops.map((op) => op.operatorType)).not.toContainEqual(expect.stringMatching(/AllNodesScan/));
    const label = Object.values(KINDS).find((k) => name.startsWith(`${k.listField} `))!.label;
    const details = ops.map((op) => `${op.operatorType} ${String(op.arguments.Details ?? '')}`);
    // The page itself is read through an index of its kind: (name, id) unless a filter has a better one.
    const pageIndex = new RegExp(`NodeIndex(Seek|Scan).*RANGE INDEX n:${label}\\(`);
    expect(details.some((d) => pageIndex.test(d))).toBe(true);
    if (!name.includes(' by ')) {
      expect(details.some((d) => d.includes(`RANGE INDEX n:${label}(name, id)`))).toBe(true);
    }
  });

  const examples = fs
    .readdirSync(path.join(__dirname, '..', '..', 'examples'))
    .filter((file) => file.endsWith('.graphql'));

  it.each(examples)('example %s: no AllNodesScan in any statement', async (file) => {
    const operation = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', file), 'utf8');
    const plans = await plansOf(operation, RESEARCHER);
    expect(plans.length).toBeGreaterThan(0);
    for (const { plan } of plans) {
      expect(operators(plan).map((op) => op.operatorType)).not.toContainEqual(
        expect.stringMatching(/AllNodesScan/),
      );
    }
  });

  it.each(Object.values(NodeLabel))(
    '%s with every relationship field: one statement, no AllNodesScan',
    async (label) => {
      const plans = await plansOf(everyRelationshipField(KINDS[label]), RESEARCHER);
      expect(plans.map((p) => p.statement.name)).toEqual([`compiled/${KINDS[label].byIdField}`]);
      const ops = operators(plans[0].plan).map((op) => op.operatorType);
      expect(ops).not.toContainEqual(expect.stringMatching(/AllNodesScan/));
      expect(ops).toContainEqual(expect.stringMatching(/NodeUniqueIndexSeek/));
    },
  );
});
