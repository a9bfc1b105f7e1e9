/**
 * Reads fetch evidence and long texts only when the selection needs them (issue 7): the selection
 * walk sees through aliases and fragments, and leaves out what @skip or @include turn off. (What a
 * read left out is fetched on demand, the same: tests/api/projection.test.ts.)
 */
import {
  parse,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { FULL_PROJECTION, projectionFor } from '../../src/graph/common/projection';
import { buildGraphSchema } from '../../src/server/schema';

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
