import { MultiDirectedGraph } from 'graphology';
import { ErrorCode, appError } from '../db/errors';
import { NodeLabel } from '../model';
import { CentralityMeasure, rankCentrality } from './centrality';
import { type CommunityRecord, DEFAULT_SEED, communities } from './communities';
import { CONNECTOR_KINDS } from './interlocks';
import {
  INTERLOCK_PROJECTION,
  NETWORK_PROJECTION,
  type NodeRef,
  type ProjectionEdge,
  type ProjectionGraph,
  type ProjectionNode,
  type ProjectionSpec,
  toSimpleUndirected,
} from './projection';
import type { EvidenceRecord } from '../graph/records/records';
import type { ExportEdge, ExportNode, GraphSnapshot } from './snapshot';

/** The kinds an interlock joins (places and organisations): the ends of `interlocks(a, b)`. */
export const INTERLOCK_END_KINDS: readonly NodeLabel[] = [
  NodeLabel.Municipality,
  NodeLabel.Region,
  NodeLabel.Organisation,
];

export const DIFF_LIMITS = {
  /** A node is reported when its PageRank rank moved by at least this many places… */
  defaultRankThreshold: 10,
  /** …and it ranks within this many places in either snapshot. */
  defaultTop: 100,
  maxTop: 1000,
  /** Each list (nodes added, relationships changed, interlocks gained, …) is cut at this many; counts are whole. */
  defaultFirst: 200,
  maxFirst: 2000,
  /** Members listed per community of a split or merge (its size is whole). */
  communityMembers: 50,
  /** Smaller communities (isolated nodes) are not matched: a node left alone is not a split. */
  minCommunitySize: 2,
  /** Place–place–connector triples a diff enumerates in one snapshot at most (hubs make them quadratic). */
  maxInterlocks: 2_000_000,
};

export interface DiffOptions {
  rankThreshold?: number;
  top?: number;
  first?: number;
  seed?: number;
}

/** A node added, removed or changed; `fields` names what changed (empty when added or removed). */
export interface NodeChangeRecord {
  id: string;
  kind: NodeLabel;
  name: string;
  fields: string[];
}

export interface RelationshipChangeRecord {
  key: string;
  type: string;
  source: string;
  target: string;
  fields: string[];
}

/** A piece of evidence, named by its relationship, document and excerpt. */
export interface EvidenceChangeRecord {
  relationshipKey: string;
  type: string;
  documentId: string;
  excerpt: string;
  fields: string[];
}

/** Added, removed and changed, each cut at `first`, with whole counts. */
export interface ChangeSet<T> {
  added: T[];
  removed: T[];
  changed: T[];
  addedCount: number;
  removedCount: number;
  changedCount: number;
}

export interface RankChangeRecord {
  node: NodeRef;
  /** Its PageRank rank in `from`, null when it was not there. */
  fromRank: number | null;
  toRank: number | null;
  /** Places gained (fromRank − toRank; negative: it fell); null when it is in one snapshot only. */
  change: number | null;
}

export enum CommunityChangeKind {
  SPLIT = 'SPLIT',
  MERGED = 'MERGED',
}

export interface CommunitySideRecord {
  /** Its index in its own partition (0 the largest). */
  index: number;
  size: number;
  /** The first members by id (at most DIFF_LIMITS.communityMembers). */
  members: NodeRef[];
  /** Jaccard similarity of its members with the community on the other side it was matched to. */
  jaccard: number;
}

export interface CommunityChangeRecord {
  kind: CommunityChangeKind;
  /** SPLIT: the one community of `from`; MERGED: the communities of `from` that became one. */
  from: CommunitySideRecord[];
  to: CommunitySideRecord[];
}

/** Two places (or organisations) joined through a person or organisation adjacent to both. */
export interface InterlockChangeRecord {
  a: NodeRef;
  b: NodeRef;
  connector: NodeRef;
}

export interface DiffRecord {
  nodes: ChangeSet<NodeChangeRecord>;
  relationships: ChangeSet<RelationshipChangeRecord>;
  evidence: ChangeSet<EvidenceChangeRecord>;
  rankThreshold: number;
  top: number;
  seed: number;
  pagerank: RankChangeRecord[];
  communities: CommunityChangeRecord[];
  interlocksGained: InterlockChangeRecord[];
  interlocksLost: InterlockChangeRecord[];
  interlocksGainedCount: number;
  interlocksLostCount: number;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Field values compared as their canonical form: a piece of evidence as `[document, excerpt,
 * inferred, reason]`, since the same piece read from Neo4j and parsed from a stored snapshot may
 * carry its keys in another order.
 */
const canonicalValue = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map((item: unknown) =>
        item !== null && typeof item === 'object' && 'documentId' in item
          ? [
              (item as EvidenceRecord).documentId,
              (item as EvidenceRecord).excerpt,
              (item as EvidenceRecord).inferred,
              (item as EvidenceRecord).reason ?? null,
            ]
          : item,
      )
    : value;
const same = (a: unknown, b: unknown) =>
  JSON.stringify(canonicalValue(a)) === JSON.stringify(canonicalValue(b));

const NODE_FIELDS = [
  'name',
  'kind',
  'organisationType',
  'programmeKind',
  'year',
  'restricted',
  'documentStart',
] as const satisfies readonly (keyof ExportNode)[];

const EDGE_FIELDS = [
  'source',
  'target',
  'type',
  'year',
  'title',
  'context',
  'restricted',
  'evidence',
  'weight',
  'documents',
  'documentStart',
] as const satisfies readonly (keyof ExportEdge)[];

interface Piece {
  relationshipKey: string;
  type: string;
  documentId: string;
  excerpt: string;
  inferred: boolean;
  reason: string | null;
}

function changeSet<T, R>(
  from: Map<string, T>,
  to: Map<string, T>,
  fields: readonly (keyof T)[],
  record: (item: T, fields: string[]) => R,
  first: number,
): ChangeSet<R> {
  const added: R[] = [];
  const removed: R[] = [];
  const changed: R[] = [];
  for (const id of [...to.keys()].sort(byString)) {
    if (!from.has(id)) added.push(record(to.get(id)!, []));
  }
  for (const id of [...from.keys()].sort(byString)) {
    const before = from.get(id)!;
    const found = to.get(id);
    if (found === undefined) {
      removed.push(record(before, []));
      continue;
    }
    const after: T = found;
    const differing = fields.filter((field) => !same(before[field], after[field])).map(String);
    if (differing.length) changed.push(record(after, differing));
  }
  return {
    added: added.slice(0, first),
    removed: removed.slice(0, first),
    changed: changed.slice(0, first),
    addedCount: added.length,
    removedCount: removed.length,
    changedCount: changed.length,
  };
}

/** A snapshot's nodes and relationships of `spec`'s kinds and types, as a projection graph. */
export function graphOfSnapshot(snapshot: GraphSnapshot, spec: ProjectionSpec): ProjectionGraph {
  const graph: ProjectionGraph = new MultiDirectedGraph<ProjectionNode, ProjectionEdge>();
  for (const node of snapshot.nodes) {
    if (!spec.kinds.includes(node.kind)) continue;
    graph.addNode(node.id, {
      name: node.name,
      kind: node.kind,
      restricted: node.restricted,
      organisationType: node.organisationType,
      programmeKind: node.programmeKind,
      year: node.year,
      documentStart: node.documentStart,
      recordedOn: node.recordedOn,
    });
  }
  for (const edge of snapshot.edges) {
    if (!spec.types.includes(edge.type) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target))
      continue;
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, {
      key: edge.key,
      type: edge.type,
      year: edge.year,
      title: edge.title,
      context: edge.context,
      restricted: edge.restricted,
      evidence: edge.evidence,
      documentStart: edge.documentStart,
      recordedOn: edge.recordedOn,
    });
  }
  return graph;
}

const refOf = (graph: ProjectionGraph, id: string): NodeRef => {
  const a = graph.getNodeAttributes(id);
  return { id, name: a.name, kind: a.kind };
};

/**
 * PageRank (centrality.ts, on the partnership network) in both graphs: the nodes ranked within `top`
 * in either whose rank moved by at least `threshold` places, and those within `top` in one graph
 * that are not in the other. Largest moves first, then by id.
 */
export function rankChanges(
  from: ProjectionGraph,
  to: ProjectionGraph,
  threshold: number,
  top: number,
): RankChangeRecord[] {
  const ranks = (graph: ProjectionGraph) =>
    new Map(rankCentrality(graph, CentralityMeasure.PAGERANK).scores.map((s) => [s.id, s.rank]));
  const before = ranks(from);
  const after = ranks(to);
  const records: RankChangeRecord[] = [];
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const fromRank = before.get(id) ?? null;
    const toRank = after.get(id) ?? null;
    if (!((fromRank !== null && fromRank <= top) || (toRank !== null && toRank <= top))) continue;
    const change = fromRank !== null && toRank !== null ? fromRank - toRank : null;
    if (change !== null && Math.abs(change) < threshold) continue;
    records.push({ node: refOf(to.hasNode(id) ? to : from, id), fromRank, toRank, change });
  }
  return records.sort(
    (x, y) =>
      Math.abs(y.change ?? Infinity) - Math.abs(x.change ?? Infinity) ||
      Math.min(x.fromRank ?? Infinity, x.toRank ?? Infinity) -
        Math.min(y.fromRank ?? Infinity, y.toRank ?? Infinity) ||
      byString(x.node.id, y.node.id),
  );
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const id of a) if (b.has(id)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Louvain (communities.ts, the same seed on both) on both graphs, the communities matched by the
 * Jaccard similarity of their members: each community of at least two members is matched to the one
 * on the other side most like it (ties: the lower index), when they share any member. A community of
 * `from` that is the best match of two or more communities of `to` has SPLIT; a community of `to`
 * that is the best match of two or more of `from` is where they MERGED.
 */
export function communityChanges(
  from: ProjectionGraph,
  to: ProjectionGraph,
  seed: number,
): CommunityChangeRecord[] {
  const sides = (graph: ProjectionGraph) =>
    communities(graph, seed)
      .communities.filter((c) => c.size >= DIFF_LIMITS.minCommunitySize)
      .map((c) => ({ community: c, ids: new Set(c.members.map((m) => m.id)) }));
  const before = sides(from);
  const after = sides(to);
  type Side = (typeof before)[number];
  const bestMatch = (side: Side, others: Side[]): { other: Side; jaccard: number } | null => {
    let best: { other: Side; jaccard: number } | null = null;
    for (const other of others) {
      const j = jaccard(side.ids, other.ids);
      if (j > 0 && (best === null || j > best.jaccard)) best = { other, jaccard: j };
    }
    return best;
  };
  const sideRecord = (community: CommunityRecord, j: number): CommunitySideRecord => ({
    index: community.index,
    size: community.size,
    members: community.members.slice(0, DIFF_LIMITS.communityMembers),
    jaccard: j,
  });
  const grouped = (sources: Side[], targets: Side[]) => {
    const byTarget = new Map<Side, { source: Side; jaccard: number }[]>();
    for (const source of sources) {
      const best = bestMatch(source, targets);
      if (best)
        byTarget.set(best.other, [...(byTarget.get(best.other) ?? []), { source, jaccard: best.jaccard }]);
    }
    return [...byTarget].filter(([, matched]) => matched.length >= 2);
  };
  const records: CommunityChangeRecord[] = [];
  // Communities of `to` whose best match is the same community of `from`: that one split.
  for (const [whole, parts] of grouped(after, before)) {
    records.push({
      kind: CommunityChangeKind.SPLIT,
      from: [sideRecord(whole.community, Math.max(...parts.map((p) => p.jaccard)))],
      to: parts.map((p) => sideRecord(p.source.community, p.jaccard)),
    });
  }
  for (const [whole, parts] of grouped(before, after)) {
    records.push({
      kind: CommunityChangeKind.MERGED,
      from: parts.map((p) => sideRecord(p.source.community, p.jaccard)),
      to: [sideRecord(whole.community, Math.max(...parts.map((p) => p.jaccard)))],
    });
  }
  return records;
}

/**
 * Every interlock of a graph, as `a|b|connector` (a < b): two places or organisations both adjacent
 * (in the undirected simple form) to one person or organisation, the shortest interlock that
 * `interlocks(a, b)` reports as a connector adjacent to both.
 */
export function interlockTriples(graph: ProjectionGraph): Map<string, [string, string, string]> {
  const simple = toSimpleUndirected(graph);
  const triples = new Map<string, [string, string, string]>();
  const kindOf = (id: string) => simple.getNodeAttribute(id, 'kind') as NodeLabel;
  simple.forEachNode((connector) => {
    if (!CONNECTOR_KINDS.includes(kindOf(connector))) return;
    const ends = simple
      .neighbors(connector)
      .filter((id) => INTERLOCK_END_KINDS.includes(kindOf(id)))
      .sort(byString);
    if (triples.size + (ends.length * (ends.length - 1)) / 2 > DIFF_LIMITS.maxInterlocks) {
      throw appError(
        ErrorCode.ANALYSIS_TOO_LARGE,
        `The snapshot holds more than ${DIFF_LIMITS.maxInterlocks} interlocks (pairs joined through one ` +
          'person or organisation); a diff compares at most that many. Export a smaller projection.',
        { limit: { maxInterlocks: DIFF_LIMITS.maxInterlocks } },
      );
    }
    for (let i = 0; i < ends.length; i++) {
      for (let j = i + 1; j < ends.length; j++) {
        triples.set(`${ends[i]}\u0000${ends[j]}\u0000${connector}`, [ends[i], ends[j], connector]);
      }
    }
  });
  return triples;
}

/**
 * What changed from one snapshot to another: the nodes, relationships and pieces of evidence added,
 * removed and changed (with the fields that changed), and what moved in the analyses, each run on
 * graphs rebuilt from the snapshots by the same code as the analyses of the live graph: PageRank and
 * Louvain on the partnership network (NETWORK_PROJECTION), interlocks on INTERLOCK_PROJECTION. A
 * pure function of the two snapshots: the same pair always gives the same answer.
 */
export function diffSnapshots(from: GraphSnapshot, to: GraphSnapshot, options: DiffOptions = {}): DiffRecord {
  const first = options.first ?? DIFF_LIMITS.defaultFirst;
  const rankThreshold = options.rankThreshold ?? DIFF_LIMITS.defaultRankThreshold;
  const top = options.top ?? DIFF_LIMITS.defaultTop;
  const seed = options.seed ?? DEFAULT_SEED;

  const nodes = changeSet(
    new Map(from.nodes.map((n) => [n.id, n])),
    new Map(to.nodes.map((n) => [n.id, n])),
    NODE_FIELDS,
    (n, fields): NodeChangeRecord => ({ id: n.id, kind: n.kind, name: n.name, fields }),
    first,
  );
  const relationships = changeSet(
    new Map(from.edges.map((e) => [e.key, e])),
    new Map(to.edges.map((e) => [e.key, e])),
    EDGE_FIELDS,
    (e, fields): RelationshipChangeRecord => ({
      key: e.key,
      type: e.type,
      source: e.source,
      target: e.target,
      fields,
    }),
    first,
  );
  const pieces = (snapshot: GraphSnapshot) =>
    new Map(
      snapshot.edges.flatMap((e) =>
        e.evidence.map((ev): [string, Piece] => [
          JSON.stringify([e.key, ev.documentId, ev.excerpt]),
          {
            relationshipKey: e.key,
            type: e.type,
            documentId: ev.documentId,
            excerpt: ev.excerpt,
            inferred: ev.inferred,
            reason: ev.reason,
          },
        ]),
      ),
    );
  const evidence = changeSet(
    pieces(from),
    pieces(to),
    ['inferred', 'reason'],
    (p, fields): EvidenceChangeRecord => ({
      relationshipKey: p.relationshipKey,
      type: p.type,
      documentId: p.documentId,
      excerpt: p.excerpt,
      fields,
    }),
    first,
  );

  const networkFrom = graphOfSnapshot(from, NETWORK_PROJECTION);
  const networkTo = graphOfSnapshot(to, NETWORK_PROJECTION);
  const interlockFrom = graphOfSnapshot(from, INTERLOCK_PROJECTION);
  const interlockTo = graphOfSnapshot(to, INTERLOCK_PROJECTION);
  const triplesFrom = interlockTriples(interlockFrom);
  const triplesTo = interlockTriples(interlockTo);
  const interlockList = (mine: typeof triplesFrom, other: typeof triplesFrom, graph: ProjectionGraph) =>
    [...mine.keys()]
      .filter((key) => !other.has(key))
      .sort(byString)
      .map((key) => {
        const [a, b, connector] = mine.get(key)!;
        return { a: refOf(graph, a), b: refOf(graph, b), connector: refOf(graph, connector) };
      });
  const gained = interlockList(triplesTo, triplesFrom, interlockTo);
  const lost = interlockList(triplesFrom, triplesTo, interlockFrom);

  return {
    nodes,
    relationships,
    evidence,
    rankThreshold,
    top,
    seed,
    pagerank: rankChanges(networkFrom, networkTo, rankThreshold, top).slice(0, first),
    communities: communityChanges(networkFrom, networkTo, seed),
    interlocksGained: gained.slice(0, first),
    interlocksLost: lost.slice(0, first),
    interlocksGainedCount: gained.length,
    interlocksLostCount: lost.length,
  };
}
