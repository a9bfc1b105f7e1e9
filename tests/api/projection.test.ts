/**
 * Reads fetch evidence and long texts only when the selection needs them (issue 7). What a read left
 * out must never read as empty: the selection walk sees through fragments, and the field resolvers
 * fetch what a record lacks (node/details, relationship/evidence) with the same answer.
 */
import {
  parse,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Database } from '../../src/db/database';
import { EdgeEvidenceResolver } from '../../src/graph/common/evidence.resolver';
import { QuoteTextResolver } from '../../src/graph/common/long-text.resolver';
import { NodeResolver } from '../../src/graph/common/node.resolver';
import { Direction } from '../../src/graph/common/enums';
import { FULL_PROJECTION, projectionFor } from '../../src/graph/common/projection';
import { NodeLabel, RelationshipType } from '../../src/model';
import { createContext } from '../../src/graph/context';
import { buildGraphSchema } from '../../src/server/schema';
import { connectTestDatabase } from '../support/database';

/** The resolver info of the query's first field, as graphql-js would pass it (the parts read). */
function infoOf(schema: GraphQLSchema, query: string, variableValues: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  return {
    fieldNodes: [operation.selectionSet.selections[0]],
    fragments,
    schema,
    parentType: schema.getQueryType(),
    variableValues,
  } as never;
}

describe('the selection decides the projection', () => {
  it('sees evidence and texts through aliases, inline fragments and fragment spreads', async () => {
    const schema = await buildGraphSchema();
    const none = infoOf(schema, '{ neighbourhood(id: "x") { nodes { id name } edges { from to } } }');
    expect(projectionFor(none, { nodes: [['nodes']], edges: [['edges']] })).toEqual({
      nodeEvidence: false,
      nodeTexts: false,
      edgeEvidence: false,
    });
    const all = infoOf(
      schema,
      `{ neighbourhood(id: "x") { nodes { ... on Quote { words: text } }
      edges { ...E } } }
      fragment E on GraphEdge { source { ...N } why: evidence { excerpt } }
      fragment N on Node { evidence { excerpt } }`,
    );
    expect(
      projectionFor(all, {
        nodes: [['nodes'], ['edges', 'source']],
        edges: [['edges']],
      }),
    ).toEqual(FULL_PROJECTION);
  });

  it('leaves out what @skip or @include turn off, by the request variables', async () => {
    const schema = await buildGraphSchema();
    const query = `query($why: Boolean!) { neighbourhood(id: "x") {
      nodes { id } edges { from evidence @include(if: $why) { excerpt } } } }`;
    const paths = { nodes: [['nodes']], edges: [['edges']] };
    expect(projectionFor(infoOf(schema, query, { why: false }), paths).edgeEvidence).toBe(false);
    expect(projectionFor(infoOf(schema, query, { why: true }), paths).edgeEvidence).toBe(true);
  });
});

describe('what a read left out is fetched on demand, the same', () => {
  let database: Database;
  beforeAll(() => {
    database = connectTestDatabase();
  });
  afterAll(() => database.close());

  it('node evidence, quote text and relationship evidence', async () => {
    const lean = { nodeEvidence: false, nodeTexts: false, edgeEvidence: false };
    const spec = { types: [RelationshipType.SAID], direction: Direction.OUT, labels: [NodeLabel.Quote] };
    const full = createContext(database).loaders;
    const expected = await full.related(spec, 5).load('person:mieke-pirson');
    const ctx = createContext(database);
    const fetched = await ctx.loaders.related(spec, 5, undefined, lean).load('person:mieke-pirson');
    expect(expected.length).toBeGreaterThan(0);
    expect(fetched.map((r) => r.key)).toEqual(expected.map((r) => r.key));
    for (const [i, r] of fetched.entries()) {
      expect(r.evidence).toBeUndefined();
      expect(r.node.evidence).toBeUndefined();
      expect(r.node.text).toBeUndefined();
      expect(await new EdgeEvidenceResolver().evidence(r, ctx)).toEqual(expected[i].evidence);
      expect(await new NodeResolver().evidence(r.node, ctx)).toEqual(expected[i].node.evidence);
      expect(await new QuoteTextResolver().text(r.node, ctx)).toEqual(expected[i].node.text);
    }
    expect(expected[0].evidence!.length).toBeGreaterThan(0);
    expect(expected[0].node.evidence!.length).toBeGreaterThan(0);
  });
});
