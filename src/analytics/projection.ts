import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { NamedTransaction } from '../db/database';
import { typedQueryName } from '../db/query-registry';
import type { EvidenceRecord } from '../graph/records/records';
import type { Viewer } from '../model';
import { NodeLabel, RelationshipType, labelOfId } from '../model';
import { analysisLimits } from './limits';

/**
 * A projection: which part of the graph an analysis or export looks at, as node kinds and
 * relationship types (both from the model's allow-lists, never free text).
 */
export interface ProjectionSpec {
  kinds: NodeLabel[];
  types: RelationshipType[];
}

const { Municipality, Region, Organisation, Person, Programme, Award, Theme, Quote } = NodeLabel;
const {
  NOMINATED_BY,
  PARTNERS_WITH,
  MEMBER_OF,
  HOLDS_ROLE,
  RUNS,
  LOCATED_IN,
  RECEIVED,
  AWARDED_BY,
  CONCERNS,
  SAID,
} = RelationshipType;

/**
 * The partnership network, the default of centrality and communities: the places, organisations,
 * people and programmes and the ties between them. Documents, quotes and themes are left out: every
 * document mentions dozens of nodes and would be the hub of any ranking.
 */
export const NETWORK_PROJECTION: ProjectionSpec = {
  kinds: [Municipality, Region, Organisation, Person, Programme],
  types: [NOMINATED_BY, PARTNERS_WITH, MEMBER_OF, HOLDS_ROLE, RUNS, LOCATED_IN],
};

/** What interlocks walk by default: the ties of the network plus the award editions places share. */
export const INTERLOCK_PROJECTION: ProjectionSpec = {
  kinds: [Municipality, Region, Organisation, Person, Programme, Award],
  types: [...NETWORK_PROJECTION.types, RECEIVED, AWARDED_BY],
};

/** What municipality similarity reads: partners, programmes and their themes, and people's quotes. */
export const SIMILARITY_PROJECTION: ProjectionSpec = {
  kinds: [Municipality, Region, Organisation, Person, Programme, Theme, Quote],
  types: [NOMINATED_BY, PARTNERS_WITH, MEMBER_OF, HOLDS_ROLE, RUNS, LOCATED_IN, CONCERNS, SAID],
};

/** Exports default to the whole graph (every kind, every type) the caller may see. */
export const FULL_PROJECTION: ProjectionSpec = {
  kinds: Object.values(NodeLabel),
  types: Object.values(RelationshipType),
};

/** Kinds and types as asked, or the default when none are given; deduplicated, in model order. */
export function resolveSpec(
  kinds: readonly NodeLabel[] | null | undefined,
  types: readonly RelationshipType[] | null | undefined,
  fallback: ProjectionSpec,
): ProjectionSpec {
  const pick = <T extends string>(asked: readonly T[] | null | undefined, all: T[], dflt: T[]): T[] =>
    asked?.length ? all.filter((value) => asked.includes(value)) : dflt;
  return {
    kinds: pick(kinds, Object.values(NodeLabel), fallback.kinds),
    types: pick(types, Object.values(RelationshipType), fallback.types),
  };
}

/** A node of a projection as graph attributes. */
export interface ProjectionNode extends Attributes {
  name: string;
  kind: NodeLabel;
  restricted: boolean;
  organisationType: string | null;
  programmeKind: string | null;
  year: number | null;
  /**
   * The publication date (YYYY-MM-DD) of the earliest dated document of its visible evidence (for a
   * document, its own), or null when none is dated. Absent on hand-built graphs: read as null.
   */
  documentStart?: string | null;
  /** The date it was recorded (createdAt), null when unknown; the start an export gives it when no document is dated. */
  recordedOn?: string | null;
}

/** A relationship of a projection as graph attributes: its key, type, properties and visible evidence. */
export interface ProjectionEdge extends Attributes {
  key: string;
  type: RelationshipType;
  year: number | null;
  title: string | null;
  context: string | null;
  restricted: boolean;
  evidence: EvidenceRecord[];
  /** As ProjectionNode's: the earliest publication date among the documents of its visible evidence. */
  documentStart?: string | null;
  /** As ProjectionNode's: createdAt, or for a seeded relationship the later of its ends'. */
  recordedOn?: string | null;
}

/**
 * The projection as loaded: a directed multigraph (relationships as stored, several between the same
 * pair allowed), node key = node id, edge key = relationship key. Exports write it as it is; the
 * algorithms work on its undirected simple form (see `toSimpleUndirected`).
 */
export type ProjectionGraph = MultiDirectedGraph<ProjectionNode, ProjectionEdge>;

/** A relationship folded into an undirected edge of the simple form. */
export interface FoldedRelationship {
  key: string;
  type: string;
  /** The ends as stored (from → to); the simple form itself is undirected. */
  source: string;
  target: string;
  year: number | null;
  title: string | null;
  context: string | null;
  /** As stored (`coalesce(r.restricted, false)`): an AnalyticsEdge's non-null `restricted`. */
  restricted: boolean;
  evidence: EvidenceRecord[];
}

/** An edge of the undirected simple form: how many relationships join the pair, and which. */
export interface SimpleEdge extends Attributes {
  weight: number;
  relationships: FoldedRelationship[];
}

export type SimpleGraph = UndirectedGraph<Attributes, SimpleEdge>;

type Row = Record<string, unknown>;

/** Anything that runs named queries in one read transaction: the Database or a request's RequestDb. */
export interface ReadTransactions {
  transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: NamedTransaction) => Promise<T>,
    options?: { timeoutMs?: number; signal?: AbortSignal },
  ): Promise<T>;
  /** The database itself, whichever handle asks: what the projection cache is kept per. */
  readonly scope: object;
  /** A request's: aborted when its client went away. */
  readonly signal?: AbortSignal;
}

/** The earliest publication date among `documents` (ISO dates compare as strings), or null. */
function earliestDate(documents: readonly string[], dates: ReadonlyMap<string, string>): string | null {
  let earliest: string | null = null;
  for (const document of documents) {
    const date = dates.get(document);
    if (date !== undefined && (earliest === null || date < earliest)) earliest = date;
  }
  return earliest;
}

/**
 * Builds the projection graph from the rows of `analytics/projection-nodes` and `-edges`, dating
 * each node and relationship by `analytics/document-dates` (id → publishedOn; none: every
 * `documentStart` is null).
 */
export function buildProjectionGraph(
  nodeRows: Row[],
  edgeRows: Row[],
  dateRows: Row[] = [],
): ProjectionGraph {
  const graph: ProjectionGraph = new MultiDirectedGraph<ProjectionNode, ProjectionEdge>();
  const dates = new Map(dateRows.map((row) => [row.id as string, row.publishedOn as string]));
  for (const row of nodeRows) {
    const id = row.id as string;
    const documents = [...((row.documents as string[] | null) ?? []), id];
    graph.addNode(id, {
      name: (row.name as string | null) ?? (row.id as string),
      kind: row.kind as NodeLabel,
      restricted: Boolean(row.restricted),
      organisationType: (row.organisationType as string | null) ?? null,
      programmeKind: (row.programmeKind as string | null) ?? null,
      year: (row.year as number | null) ?? null,
      documentStart: earliestDate(documents, dates),
      recordedOn: (row.recordedOn as string | null) ?? null,
    });
  }
  for (const row of edgeRows) {
    const source = row.source as string;
    const target = row.target as string;
    const type = row.type as RelationshipType;
    const key = (row.key as string | null) ?? `${source}|${type}|${target}`;
    if (!graph.hasNode(source) || !graph.hasNode(target) || graph.hasEdge(key)) continue;
    const evidence = (row.evidence as EvidenceRecord[] | null) ?? [];
    graph.addEdgeWithKey(key, source, target, {
      key,
      type,
      year: (row.year as number | null) ?? null,
      title: (row.title as string | null) ?? null,
      context: (row.context as string | null) ?? null,
      restricted: Boolean(row.restricted),
      evidence,
      documentStart: earliestDate(
        evidence.map((e) => e.documentId),
        dates,
      ),
      recordedOn: (row.recordedOn as string | null) ?? null,
    });
  }
  return graph;
}

/**
 * Loads a projection in one read transaction (so nodes and relationships are one consistent
 * snapshot): the nodes of the chosen kinds and the relationships of the chosen types between them,
 * restricted ones left out unless the viewer may see them.
 */
export async function loadProjection(
  db: ReadTransactions,
  viewer: Viewer,
  spec: ProjectionSpec,
): Promise<ProjectionGraph> {
  const params = { labels: spec.kinds, types: spec.types, seeRestricted: viewer.seeRestricted };
  // The types as literals (typedQueryName), so the edges are read by type, not by scanning all.
  // A whole projection takes longer than a request's usual timeout: ANALYSIS_TIMEOUT_MS.
  const [nodeRows, edgeRows, dateRows] = await db.transaction(
    'READ',
    async (tx) => [
      await tx.run('analytics/projection-nodes', params),
      await tx.run(typedQueryName('analytics/projection-edges', spec.types), params),
      await tx.run('analytics/document-dates', { seeRestricted: viewer.seeRestricted }),
    ],
    { timeoutMs: analysisLimits().timeoutMs },
  );
  return buildProjectionGraph(nodeRows, edgeRows, dateRows);
}

/**
 * The undirected simple form of any graphology graph, for centrality and communities: the same
 * nodes (in the same order, with their attributes), one edge per pair of distinct nodes that any
 * relationship joins, its `weight` the number of such relationships, and the relationships kept
 * (key, type, ends, properties, restricted, evidence) in `relationships`: every field an
 * AnalyticsEdge declares, so none of them answers null. Self-loops are dropped. A graph that
 * already is simple and undirected comes out equal to itself.
 */
export function toSimpleUndirected(graph: AbstractGraph): SimpleGraph {
  const simple: SimpleGraph = new UndirectedGraph<Attributes, SimpleEdge>();
  graph.forEachNode((node, attributes) => {
    simple.addNode(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (source === target) return;
    const folded: FoldedRelationship = {
      key: (attributes.key as string | undefined) ?? edge,
      type: (attributes.type as string | undefined) ?? 'EDGE',
      source,
      target,
      year: (attributes.year as number | null | undefined) ?? null,
      title: (attributes.title as string | null | undefined) ?? null,
      context: (attributes.context as string | null | undefined) ?? null,
      restricted: Boolean(attributes.restricted),
      evidence: (attributes.evidence as EvidenceRecord[] | undefined) ?? [],
    };
    const existing = simple.edge(source, target);
    if (existing === undefined) {
      simple.addEdge(source, target, { weight: 1, relationships: [folded] });
    } else {
      simple.updateEdgeAttributes(existing, (attr) => ({
        weight: attr.weight + 1,
        relationships: [...attr.relationships, folded],
      }));
    }
  });
  return simple;
}

/** A node as analyses report it. */
export interface NodeRef {
  id: string;
  name: string;
  /** Null only for a hand-made test graph whose nodes have no `kind` and whose ids have no known prefix. */
  kind: NodeLabel | null;
}

/** A node of any graphology graph as a NodeRef: `name` and `kind` from its attributes, else its id. */
export function nodeRef(graph: AbstractGraph, id: string): NodeRef {
  const attributes = graph.getNodeAttributes(id);
  return {
    id,
    name: (attributes.name as string | undefined) ?? id,
    kind: (attributes.kind as NodeLabel | undefined) ?? labelOfId(id) ?? null,
  };
}
