import { KINDS, NodeLabel, storedName } from '../../src/model';
import {
  NODE_IMPORT_COLUMNS,
  RELATIONSHIP_IMPORT_COLUMNS,
  cell,
  nodeColumns,
} from '../../src/seed/bulk/columns';
import { type LoadPlan, buildLoadPlan } from '../../src/seed/plan';
import { SEEDS_DIR } from '../../src/seed/seed';
import { readAndValidateSeeds } from '../../src/seed/validate';

/**
 * The bulk importer's node columns are derived from the model (src/seed/bulk/columns.ts): every
 * stored property of every kind has one, of the type the model gives it, and what the loader writes
 * of the seeds fits them.
 */
let plan: LoadPlan;
beforeAll(() => {
  const { seeds, problems } = readAndValidateSeeds(SEEDS_DIR);
  expect(problems).toEqual([]);
  plan = buildLoadPlan(seeds);
});

const TYPE = {
  string: 'string',
  int: 'long',
  boolean: 'boolean',
  'string[]': 'string[]',
  enum: 'string',
  date: 'string',
};

describe('the bulk import columns', () => {
  it('have a column of the model’s type for every stored property of every kind', () => {
    const wrong: string[] = [];
    for (const kind of Object.values(KINDS)) {
      for (const property of kind.properties) {
        const name = storedName(property);
        if (NODE_IMPORT_COLUMNS[name] !== TYPE[property.type]) {
          wrong.push(
            `${kind.label}.${name}: ${NODE_IMPORT_COLUMNS[name] ?? 'no column'}, not ${TYPE[property.type]}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('put restricted first, one record away for the walks that read it at every step', () => {
    expect(Object.keys(NODE_IMPORT_COLUMNS)[0]).toBe('restricted');
    expect(Object.keys(RELATIONSHIP_IMPORT_COLUMNS)[0]).toBe('restricted');
  });

  it('refuse a stored name two kinds would type differently', () => {
    const clash = { ...KINDS.Theme, properties: [{ field: 'year', type: 'string' as const }] };
    expect(() => nodeColumns([KINDS.Award, clash])).toThrow('Theme stores year as string, but Award as long');
  });

  it('take every value the seeds’ load plan writes, each as a cell of its column’s type', () => {
    const refused: string[] = [];
    const check = (columns: Record<string, string>, props: Record<string, unknown>, what: string) => {
      for (const [property, value] of Object.entries(props)) {
        const type = columns[property];
        if (!type) refused.push(`${what}.${property}: no column`);
        else {
          try {
            cell(value, type as never, property);
          } catch (error) {
            refused.push(`${what}: ${(error as Error).message}`);
          }
        }
      }
    };
    for (const row of plan.nodes) check(NODE_IMPORT_COLUMNS, row.props, row.label);
    for (const row of plan.relationships) check(RELATIONSHIP_IMPORT_COLUMNS, row.props, row.type);
    expect(refused).toEqual([]);
    // The seeds hold every kind, so every kind's rows were checked.
    expect(new Set(plan.nodes.map((n) => n.label))).toEqual(new Set(Object.values(NodeLabel)));
  });
});

describe('the load plan', () => {
  it('writes every stored property of the model on every row of its kind (absent ones as null)', () => {
    const missing = new Set<string>();
    for (const row of plan.nodes) {
      for (const property of KINDS[row.label].properties) {
        if (!(storedName(property) in row.props)) missing.add(`${row.label}.${storedName(property)}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
