/**
 * The cost estimate knows what analyses and walks cost. Hostile probing found 30 aliases of
 * `centrality(measure: BETWEENNESS, first: 100)` (1.1 s of work) and of `neighbourhood(id:
 * "region:midden-limburg", depth: 3, limit: 500)` (2.1 s) accepted. An analysis now costs more than
 * half the budget (one per request), a walk the work its arguments allow, and both floods are refused
 * (QUERY_TOO_COMPLEX, before anything runs: src/server/limits.ts), while every legitimate operation
 * (examples/, the explorer's web/src/**\/*.graphql, the richest ones the tests send) stays under it.
 * Costs are computed against the real built schema by the service's own estimator (operationCost).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type TypeNode,
  getNamedType,
  isInputObjectType,
  isNonNullType,
  parse,
} from 'graphql';
import { ANALYSIS_BASE_COST } from '../../src/analytics/analytics.resolver';
import { PROJECT_ROOT } from '../../src/config/config';
import { LIMITS } from '../../src/model';
import { NETWORK_LIMITS } from '../../src/network/network.limits';
import { exampleOperations } from '../../src/server/examples';
import { operationCost } from '../../src/server/limits';
import { buildGraphSchema } from '../../src/server/schema';
import { EDGE_FIELDS, NODE_FIELDS } from '../support/network';

const MAX = LIMITS.maxComplexity;
const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** The two floods the probe sent, as sent, each 30 aliases (the alias limit). */
const CENTRALITY_FLOOD = aliased(
  LIMITS.maxAliases,
  'centrality(measure: BETWEENNESS, first: 100) { scores { rank score node { id } } }',
);
const NEIGHBOURHOOD_FLOOD = aliased(
  LIMITS.maxAliases,
  'neighbourhood(id: "region:midden-limburg", depth: 3, limit: 500) { nodes { id } }',
);

/** Each analysis at its largest arguments, with the least and the most a client may select. */
const ANALYSES: Record<string, { call: string; richest: string }> = {
  centrality: {
    call: 'centrality(measure: BETWEENNESS, first: 100)',
    richest:
      'measure sampledSources projection { kinds types nodeCount relationshipCount snapshotId } ' +
      'scores { rank score degree node { id name kind } }',
  },
  communities: {
    call: 'communities(seed: 1)',
    richest:
      'seed count modularity projection { snapshotId } communities { index size members { id name kind } }',
  },
  similarMunicipalities: {
    call: 'similarMunicipalities(id: "municipality:delft", first: 100)',
    richest:
      'municipality { id name } projection { snapshotId } similar { score municipality { id name } ' +
      'partners { score union shared { id name } } themes { score union shared { id name } } ' +
      'programmeKinds { score union shared } }',
  },
  interlocks: {
    call: 'interlocks(a: "municipality:leudal", b: "region:midden-limburg", maxLength: 3, first: 200)',
    richest:
      'a { id } b { id } maxLength pathCount ' +
      'direct { key type from to year title context restricted evidence { excerpt inferred reason document { id } } } ' +
      'connectors { node { id kind } adjacentToBoth shortestPath pathCount ' +
      'links { key type from to restricted evidence { excerpt inferred reason document { id } } } } ' +
      'paths { length nodes { id } edges { key type restricted evidence { excerpt } } }',
  },
};

/** Each walk at its largest arguments, with the richest selection the integration tests send. */
const PATH_FIELDS = `length nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }`;
const WALKS: Record<string, { call: string; richest: string }> = {
  neighbourhood: {
    call: `neighbourhood(id: "region:midden-limburg", depth: ${LIMITS.maxNeighbourhoodDepth}, limit: ${NETWORK_LIMITS.maxNeighbourhoodLimit})`,
    richest: `truncated nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }`,
  },
  shortestPath: {
    call: `shortestPath(from: "municipality:delft", to: "municipality:meppel", maxLength: ${LIMITS.maxPathLength})`,
    richest: PATH_FIELDS,
  },
  allShortestPaths: {
    call: `allShortestPaths(from: "municipality:delft", to: "municipality:meppel", maxLength: ${LIMITS.maxPathLength}, limit: ${NETWORK_LIMITS.maxPathCount})`,
    richest: PATH_FIELDS,
  },
  search: {
    call: `search(text: "jeugdhulp", first: ${NETWORK_LIMITS.maxSearchSize})`,
    richest: `score snippet node { ${NODE_FIELDS} }`,
  },
};

function graphqlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return graphqlFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

/** The largest value an Int variable of the explorer's operations may take, by name. */
const LARGEST: Record<string, number> = {
  first: LIMITS.maxPageSize,
  maxLength: LIMITS.maxPathLength,
  limit: NETWORK_LIMITS.maxPathCount,
  depth: LIMITS.maxNeighbourhoodDepth,
};

/**
 * A plain value of a named type: an input object (AddDocumentInput) with its required fields, each
 * a plain value; anything else `'x'`.
 */
function plainValue(schema: GraphQLSchema | undefined, typeName: string): unknown {
  const type = schema?.getType(typeName);
  if (!isInputObjectType(type)) return 'x';
  const fields = Object.values(type.getFields()).filter(
    (field) => isNonNullType(field.type) && field.defaultValue === undefined,
  );
  return Object.fromEntries(
    fields.map((field) => [field.name, plainValue(schema, getNamedType(field.type).name)]),
  );
}

/** Variables for an operation: every Int at its largest, any other required one a plain value. */
function largestVariables(
  operation: OperationDefinitionNode,
  schema?: GraphQLSchema,
): Record<string, unknown> {
  const named = (type: TypeNode): string =>
    type.kind === Kind.NAMED_TYPE ? type.name.value : named(type.type);
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = named(definition.type);
    if (type === 'Int') {
      if (!(name in LARGEST)) throw new Error(`No largest value for $${name}: add it to LARGEST`);
      variables[name] = LARGEST[name];
    } else if (definition.type.kind === Kind.NON_NULL_TYPE) {
      variables[name] = definition.type.type.kind === Kind.LIST_TYPE ? [] : plainValue(schema, type);
    }
  }
  return variables;
}

describe('the cost estimate of analyses and walks', () => {
  let schema: GraphQLSchema;
  const cost = (query: string | DocumentNode, variables: Record<string, unknown> = {}, name?: string) =>
    operationCost(schema, typeof query === 'string' ? parse(query) : query, name, variables);

  beforeAll(async () => {
    schema = await buildGraphSchema();
  });

  it('refuses both floods of the probe, and accepts one of each', () => {
    expect(cost(CENTRALITY_FLOOD)).toBeGreaterThan(MAX);
    expect(cost(NEIGHBOURHOOD_FLOOD)).toBeGreaterThan(MAX);
    expect(
      cost('{ centrality(measure: BETWEENNESS, first: 100) { scores { rank score node { id } } } }'),
    ).toBeLessThanOrEqual(MAX);
    expect(
      cost('{ neighbourhood(id: "region:midden-limburg", depth: 3, limit: 500) { nodes { id } } }'),
    ).toBeLessThanOrEqual(MAX);
    // Whatever is selected: the work is in the analysis or walk, not in the selection.
    expect(cost(aliased(30, `${ANALYSES.centrality.call} { __typename }`))).toBeGreaterThan(MAX);
    expect(cost(aliased(30, `${WALKS.neighbourhood.call} { __typename }`))).toBeGreaterThan(MAX);
  });

  it('lets a request hold one analysis, never two, whatever is selected', () => {
    expect(ANALYSIS_BASE_COST * 2).toBeGreaterThan(MAX);
    const names = Object.keys(ANALYSES);
    for (const name of names) {
      const { call, richest } = ANALYSES[name];
      const alone = cost(`{ ${call} { ${richest} } }`);
      expect({ name, fits: alone <= MAX }).toEqual({ name, fits: true });
      expect(alone).toBeGreaterThan(ANALYSIS_BASE_COST);
      for (const other of names) {
        const two = cost(`{ x: ${call} { __typename } y: ${ANALYSES[other].call} { __typename } }`);
        expect({ name, other, refused: two > MAX }).toEqual({ name, other, refused: true });
      }
    }
  });

  it('refuses 30 of any walk at its largest, and accepts one with the richest selection', () => {
    for (const [name, { call, richest }] of Object.entries(WALKS)) {
      expect({ name, fits: cost(`{ ${call} { ${richest} } }`) <= MAX }).toEqual({ name, fits: true });
      const flood = cost(aliased(LIMITS.maxAliases, `${call} { __typename }`));
      expect({ name, refused: flood > MAX }).toEqual({ name, refused: true });
    }
  });

  it('makes a walk cost more the deeper, longer or larger it is', () => {
    const of = (field: string) => cost(`{ ${field} { __typename } }`);
    const neighbourhood = (depth: number, limit: number) =>
      of(`neighbourhood(id: "x", depth: ${depth}, limit: ${limit})`);
    expect(neighbourhood(1, 200)).toBeLessThan(neighbourhood(2, 200));
    expect(neighbourhood(2, 200)).toBeLessThan(neighbourhood(3, 200));
    expect(neighbourhood(3, 200)).toBeLessThan(neighbourhood(3, 500));
    const paths = (maxLength: number, limit: number) =>
      of(`allShortestPaths(from: "a", to: "b", maxLength: ${maxLength}, limit: ${limit})`);
    expect(paths(2, 20)).toBeLessThan(paths(6, 20));
    expect(paths(6, 20)).toBeLessThan(paths(6, 100));
    expect(of('shortestPath(from: "a", to: "b", maxLength: 2)')).toBeLessThan(
      of('shortestPath(from: "a", to: "b", maxLength: 8)'),
    );
    expect(of('search(text: "x", first: 1)')).toBeLessThan(of('search(text: "x", first: 100)'));
  });

  it.each(Object.entries(exampleOperations()))('keeps example %s under the limit', (_file, text) => {
    const document = parse(text);
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const name = definition.name?.value;
      expect({ name, cost: cost(document, largestVariables(definition), name) <= MAX }).toEqual({
        name,
        cost: true,
      });
    }
  });

  it('keeps every explorer operation under the limit, with its variables at their largest', () => {
    const files = graphqlFiles(path.join(PROJECT_ROOT, 'web', 'src'));
    const document = parse(files.map((file) => fs.readFileSync(file, 'utf8')).join('\n'));
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations.map((o) => o.name?.value)).toEqual(expect.arrayContaining(['Paths', 'Search']));
    for (const operation of operations) {
      const name = operation.name!.value;
      const estimated = cost(document, largestVariables(operation, schema), name);
      expect({ name, fits: estimated <= MAX }).toEqual({ name, fits: true });
    }
  });
});
