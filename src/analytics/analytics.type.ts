import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import '../graph/types/enums';
import { EdgeFields } from '../graph/types/relationship.type';
import { Node } from '../graph/types/node.interface';
import { NodeLabel, ProgrammeKind, RelationshipType } from '../model';
import { CentralityMeasure } from './centrality';

registerEnumType(CentralityMeasure, {
  name: 'CentralityMeasure',
  description: 'How central a node is, computed by graphology-metrics on the undirected projection.',
  valuesConfig: {
    DEGREE: { description: 'Degree centrality: the share of the other nodes it is joined to.' },
    BETWEENNESS: {
      description:
        'Normalised betweenness: the share of shortest paths between other nodes through it. Exact up to ' +
        '5,000 nodes; on a larger projection estimated from sampled source nodes (Brandes–Pich; the same ' +
        'sources on every run): 500, fewer (at least 50) where 500 searches would not finish in time, as ' +
        '`sampledSources` says: exact betweenness takes hours at 500,000 nodes.',
    },
    PAGERANK: { description: 'PageRank (damping 0.85): importance from the importance of its neighbours.' },
  },
});

// Node references are resolved through the request's node loader (see analytics.resolver.ts), so a
// client selects any Node fields, and all of a response's nodes are fetched in one round trip.

@ObjectType({
  description:
    'The part of the graph an analysis ran on, and its snapshot id: the content hash an export of ' +
    'the same kinds and types carries, so a result can be cited with the exact graph behind it.',
})
export class ProjectionInfo {
  @Field(() => [NodeLabel], { description: 'The node kinds included.' })
  kinds!: NodeLabel[];

  @Field(() => [RelationshipType], { description: 'The relationship types included.' })
  types!: RelationshipType[];

  @Field(() => Int, { description: 'How many nodes the projection has (as the caller may see it).' })
  nodeCount!: number;

  @Field(() => Int, { description: 'How many relationships the projection has (as the caller may see it).' })
  relationshipCount!: number;

  @Field({
    description:
      'SHA-256 (hex) of the canonical serialisation of the projection. Computed when asked: it is a ' +
      'second, full read of the projection (every relationship with its evidence), which at a million ' +
      'nodes takes longer than the analysis; CONFLICT when the graph changed since the analysis read it.',
  })
  snapshotId!: string;
}

@ObjectType({
  implements: EdgeFields,
  description:
    'A relationship used by an analysis, as stored (`from` → `to`), with its properties and evidence.',
})
export class AnalyticsEdge extends EdgeFields {
  @Field(() => ID, { name: 'from', description: 'Id of the node it starts at (as stored).' })
  source!: string;

  @Field(() => ID, { name: 'to', description: 'Id of the node it ends at (as stored).' })
  target!: string;
}

@ObjectType({ description: 'One node of a centrality ranking.' })
export class CentralityScore {
  @Field(() => Int, { description: 'Its place: 1 is the most central; equal scores share a place.' })
  rank!: number;

  @Field(() => Float, { description: 'Its score under the measure asked for.' })
  score!: number;

  @Field(() => Int, { description: 'How many distinct nodes of the projection it is joined to.' })
  degree!: number;

  /** Resolved by id through the node loader. */
  node!: Node;
}

@ObjectType({ description: 'Nodes ranked by a centrality measure over a projection of the graph.' })
export class CentralityRanking {
  @Field(() => CentralityMeasure, { description: 'The measure used.' })
  measure!: CentralityMeasure;

  @Field(() => ProjectionInfo, { description: 'The graph it was computed on.' })
  projection!: ProjectionInfo;

  @Field(() => [CentralityScore], { description: 'The most central nodes, best first (ties by id).' })
  scores!: CentralityScore[];

  @Field(() => Int, {
    nullable: true,
    description:
      'For BETWEENNESS on more than 5,000 nodes: the scores are estimates from this many sampled source ' +
      'nodes (Brandes–Pich), scaled to all. Null when the scores are exact (and for the other measures).',
  })
  sampledSources!: number | null;
}

@ObjectType({ description: 'A community: nodes more densely joined to each other than to the rest.' })
export class Community {
  @Field(() => Int, { description: '0 for the largest community; by size, ties by smallest member id.' })
  index!: number;

  @Field(() => Int, { description: 'How many members it has.' })
  size!: number;

  /** Resolved through the node loader. */
  members!: Node[];
}

@ObjectType({
  description:
    'A partition of a projection into communities by Louvain (graphology-communities-louvain), with a ' +
    'seeded random order: the same seed on the same graph gives the same communities.',
})
export class CommunityPartition {
  @Field(() => Int, { description: 'The seed of the random order Louvain visits nodes in.' })
  seed!: number;

  @Field(() => Int, { description: 'How many communities (an isolated node is a community of one).' })
  count!: number;

  @Field(() => Float, { description: 'Modularity of the partition (higher: more clearly separated).' })
  modularity!: number;

  @Field(() => ProjectionInfo, { description: 'The graph it was computed on.' })
  projection!: ProjectionInfo;

  @Field(() => [Community], { description: 'The communities, largest first.' })
  communities!: Community[];
}

@ObjectType({ description: 'What two municipalities share of one kind of node, and the Jaccard index.' })
export class SharedNodes {
  @Field(() => Float, { description: 'Jaccard index: shared ÷ held by either (0 when neither has any).' })
  score!: number;

  @Field(() => Int, { description: 'How many the two hold between them (the size of the union).' })
  union!: number;

  /** Resolved through the node loader. */
  shared!: Node[];
}

@ObjectType({ description: 'The programme kinds two municipalities both have, and the Jaccard index.' })
export class SharedProgrammeKinds {
  @Field(() => Float, { description: 'Jaccard index: shared ÷ held by either (0 when neither has any).' })
  score!: number;

  @Field(() => Int, { description: 'How many kinds the two have between them (the size of the union).' })
  union!: number;

  @Field(() => [ProgrammeKind], { description: 'The kinds of programme both have.' })
  shared!: ProgrammeKind[];
}

@ObjectType({
  description:
    'How much another municipality resembles the one asked about: shared partners, themes and ' +
    'programme kinds, each with the shared items and a Jaccard index, and their mean as the score.',
})
export class MunicipalitySimilarity {
  /** Resolved through the node loader. */
  municipality!: Node;

  @Field(() => Float, {
    description: 'The mean of the partner, theme and programme-kind Jaccard indices (0 to 1).',
  })
  score!: number;

  @Field(() => SharedNodes, {
    description:
      'Organisations and places both partner with (PARTNERS_WITH) or are nominated by (NOMINATED_BY).',
  })
  partners!: SharedNodes;

  @Field(() => SharedNodes, {
    description:
      'Themes of both: of programmes located in or run by them (CONCERNS), and of quotes by people ' +
      'holding a role there.',
  })
  themes!: SharedNodes;

  @Field(() => SharedProgrammeKinds, { description: 'Kinds of the programmes located in or run by both.' })
  programmeKinds!: SharedProgrammeKinds;
}

@ObjectType({
  description:
    'The municipalities most like one municipality. A member of a region also counts what the region ' +
    'has (its partners and programmes), since the members of a region act and are awarded together.',
})
export class SimilarMunicipalities {
  /** Resolved through the node loader. */
  municipality!: Node;

  @Field(() => ProjectionInfo, { description: 'The graph it was computed on.' })
  projection!: ProjectionInfo;

  @Field(() => [MunicipalitySimilarity], {
    description: 'The municipalities that share anything with it, most similar first (ties by id).',
  })
  similar!: MunicipalitySimilarity[];
}

@ObjectType({ description: 'A person or organisation that links the two ends of an interlock query.' })
export class InterlockConnector {
  /** Resolved through the node loader. */
  node!: Node;

  @Field({ description: 'True when it is joined directly to both ends (a path end – it – end).' })
  adjacentToBoth!: boolean;

  @Field(() => Int, { description: 'The length (hops) of the shortest path between the ends through it.' })
  shortestPath!: number;

  @Field(() => Int, { description: 'How many paths between the ends go through it.' })
  pathCount!: number;

  @Field(() => [AnalyticsEdge], {
    description:
      'The relationships of its shortest paths between the ends, each with its evidence: why it links the two.',
  })
  links!: AnalyticsEdge[];
}

@ObjectType({ description: 'A path between the two ends, hop by hop, each relationship with its evidence.' })
export class InterlockPath {
  @Field(() => Int, { description: 'How many hops.' })
  length!: number;

  /** Resolved through the node loader: from `a` to `b`. */
  nodes!: Node[];

  @Field(() => [AnalyticsEdge], {
    description: 'The relationships of each hop in order (a hop joined by several lists them all).',
  })
  edges!: AnalyticsEdge[];
}

@ObjectType({
  description:
    'Who connects two municipalities, regions or organisations: the people and organisations on ' +
    'paths of at most `maxLength` hops between them, with the evidence of every link.',
})
export class Interlocks {
  /** Resolved through the node loader. */
  a!: Node;

  /** Resolved through the node loader. */
  b!: Node;

  @Field(() => Int, { description: 'The longest path looked for, in hops.' })
  maxLength!: number;

  @Field(() => [AnalyticsEdge], { description: 'Relationships joining the two ends directly.' })
  direct!: AnalyticsEdge[];

  @Field(() => [InterlockConnector], {
    description:
      'People and organisations on paths between the ends: those adjacent to both first, then by ' +
      'shortest path, by number of paths, and by id.',
  })
  connectors!: InterlockConnector[];

  @Field(() => Int, { description: 'How many paths of 2 to `maxLength` hops join the ends.' })
  pathCount!: number;

  @Field(() => [InterlockPath], {
    description: 'Those paths, shortest first, then by the ids along them; at most `first`.',
  })
  paths!: InterlockPath[];

  @Field(() => ProjectionInfo, { description: 'The graph it was computed on.' })
  projection!: ProjectionInfo;
}
