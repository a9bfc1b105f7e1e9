/**
 * Every AnalyticsEdge field answers as the schema declares it. Hostile probing found
 * `interlocks { direct { restricted } }` failing with "Cannot return null for non-nullable field
 * AnalyticsEdge.restricted": the undirected simple form the analyses walk (toSimpleUndirected) kept
 * a relationship's key, type, ends, properties and evidence, but not its `restricted` flag.
 */
import { MultiDirectedGraph } from 'graphology';
import { type GraphQLObjectType, getNamedType, graphql, isNonNullType } from 'graphql';
import { interlocks } from '../../src/analytics/interlocks';
import {
  type ProjectionEdge,
  type ProjectionGraph,
  type ProjectionNode,
  toSimpleUndirected,
} from '../../src/analytics/projection';
import type { CallContext, NamedTransaction, Params, Row } from '../../src/db/database';
import { queryRegistry } from '../../src/db/query-registry';
import type { StatementRunner } from '../../src/db/request-db';
import { createContext } from '../../src/graph/compile/context';
import { ANONYMOUS, NodeLabel, RelationshipType } from '../../src/model';
import { buildGraphSchema } from '../../src/server/schema';

/** Evidence as the projection query returns it (`{{EVIDENCE:r}}`: the pieces the viewer may see). */
const EVIDENCE = {
  evidence: [{ documentId: 'document:doc', excerpt: 'they work together', inferred: false, reason: null }],
};

/** The rows the two projection queries return for a tiny graph: a – org – b, and a – b directly. */
const NODE_ROWS: Row[] = [
  { id: 'municipality:a', name: 'A', kind: NodeLabel.Municipality, restricted: false },
  { id: 'org:o', name: 'O', kind: NodeLabel.Organisation, restricted: false },
  { id: 'region:b', name: 'B', kind: NodeLabel.Region, restricted: false },
];
const EDGE_ROWS: Row[] = [
  {
    key: 'municipality:a|MEMBER_OF|region:b',
    type: RelationshipType.MEMBER_OF,
    source: 'municipality:a',
    target: 'region:b',
    year: null,
    title: null,
    context: null,
    restricted: false,
    ...EVIDENCE,
  },
  {
    key: 'municipality:a|PARTNERS_WITH|org:o|Samen',
    type: RelationshipType.PARTNERS_WITH,
    source: 'municipality:a',
    target: 'org:o',
    year: null,
    title: null,
    context: 'Samen',
    restricted: false,
    ...EVIDENCE,
  },
  {
    key: 'org:o|PARTNERS_WITH|region:b',
    type: RelationshipType.PARTNERS_WITH,
    source: 'org:o',
    target: 'region:b',
    year: null,
    title: null,
    context: null,
    restricted: false,
    ...EVIDENCE,
  },
];

/** Answers the analytics queries with the rows above, as the database would; nothing else is asked. */
class FakeDatabase implements StatementRunner {
  async read(): Promise<Row[]> {
    throw new Error('not expected');
  }

  async write(): Promise<Row[]> {
    throw new Error('not expected');
  }

  async transaction<T>(
    _mode: 'READ' | 'WRITE',
    work: (tx: NamedTransaction) => Promise<T>,
    ctx: CallContext = {},
  ): Promise<T> {
    return work({
      run: async (query, params: Params = {}) => {
        const named = typeof query === 'string' ? queryRegistry().get(query) : query;
        ctx.onQuery?.(named.name, named.text, Object.keys(params));
        if (named.name.startsWith('analytics/projection-size#')) return [{ nodes: 3, relationships: 3 }];
        if (named.name === 'analytics/projection-nodes') return NODE_ROWS;
        if (named.name.startsWith('analytics/projection-edges#')) return EDGE_ROWS;
        if (named.name === 'analytics/document-dates') return [];
        throw new Error(`Unexpected query ${named.name}`);
      },
      stream: async () => {
        throw new Error('Interlocks read the full projection, not a topology');
      },
    });
  }
}

describe('AnalyticsEdge', () => {
  it('keeps each relationship’s restricted flag in the simple form', () => {
    const graph: ProjectionGraph = new MultiDirectedGraph<ProjectionNode, ProjectionEdge>();
    for (const id of ['x', 'y']) {
      graph.addNode(id, {
        name: id,
        kind: NodeLabel.Organisation,
        restricted: false,
        organisationType: null,
        programmeKind: null,
        year: null,
      });
    }
    for (const restricted of [false, true]) {
      graph.addEdgeWithKey(`x|PARTNERS_WITH|y|${restricted}`, 'x', 'y', {
        key: `x|PARTNERS_WITH|y|${restricted}`,
        type: RelationshipType.PARTNERS_WITH,
        year: null,
        title: null,
        context: String(restricted),
        restricted,
        evidence: [],
      });
    }
    const simple = toSimpleUndirected(graph);
    const folded = simple.getEdgeAttribute(simple.edge('x', 'y')!, 'relationships');
    expect(folded.map((r) => [r.context, r.restricted])).toEqual([
      ['false', false],
      ['true', true],
    ]);
    expect(interlocks(graph, 'x', 'y')!.direct.map((r) => r.restricted)).toEqual([false, true]);
  });

  it('answers every declared field of direct, links and path edges through the real schema', async () => {
    const schema = await buildGraphSchema();
    const type = schema.getType('AnalyticsEdge') as GraphQLObjectType;
    // Every field the type declares, whatever is added later; object fields with their scalars.
    const fields = Object.values(type.getFields());
    const selection = fields
      .map((field) => {
        const named = getNamedType(field.type);
        if (!('getFields' in named)) return field.name;
        const scalars = Object.values(named.getFields())
          .filter((sub) => !('getFields' in getNamedType(sub.type)))
          .map((sub) => sub.name);
        return `${field.name} { ${scalars.join(' ')} }`;
      })
      .join(' ');
    const result = await graphql({
      schema,
      source: `{ interlocks(a: "municipality:a", b: "region:b") {
        direct { ${selection} }
        connectors { links { ${selection} } }
        paths { edges { ${selection} } }
      } }`,
      contextValue: createContext(new FakeDatabase(), 'analytics-edge-test', ANONYMOUS),
    });
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      interlocks: {
        direct: Record<string, unknown>[];
        connectors: { links: Record<string, unknown>[] }[];
        paths: { edges: Record<string, unknown>[] }[];
      };
    };
    const edges = [
      ...data.interlocks.direct,
      ...data.interlocks.connectors.flatMap((c) => c.links),
      ...data.interlocks.paths.flatMap((p) => p.edges),
    ];
    expect(data.interlocks.direct).toHaveLength(1);
    expect(edges.length).toBeGreaterThanOrEqual(3);
    for (const edge of edges) {
      for (const field of fields) {
        expect(edge).toHaveProperty([field.name]);
        if (isNonNullType(field.type)) expect([field.name, edge[field.name]]).not.toEqual([field.name, null]);
      }
      expect(edge.restricted).toBe(false);
      expect(edge.from).toMatch(/^(municipality|org):/);
    }
    expect(data.interlocks.direct[0]).toMatchObject({
      key: 'municipality:a|MEMBER_OF|region:b',
      type: 'MEMBER_OF',
      from: 'municipality:a',
      to: 'region:b',
      restricted: false,
      evidence: [{ excerpt: 'they work together', inferred: false, reason: null }],
    });
  });
});
