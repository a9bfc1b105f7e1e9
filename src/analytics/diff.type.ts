import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import '../graph/types/enums';
import { NodeLabel } from '../model';
import { CommunityChangeKind, DIFF_LIMITS } from './diff';

registerEnumType(CommunityChangeKind, {
  name: 'CommunityChangeKind',
  description: 'How a Louvain community changed between two snapshots.',
  valuesConfig: {
    SPLIT: { description: 'One community of `from` is the best match of two or more communities of `to`.' },
    MERGED: { description: 'Two or more communities of `from` have the same best match in `to`.' },
  },
});

@ArgsType()
export class DiffArgs {
  @Field(() => ID, {
    description: 'The snapshot id (X-Snapshot-Id of an export) to compare from.',
  })
  from!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The snapshot id to compare to; omitted: the graph now, of the kinds and types `from` was ' +
      'exported with, as the caller may see it (and never more than `from` was taken as).',
  })
  @IsOptional()
  to?: string | null;

  @Field(() => Int, {
    defaultValue: DIFF_LIMITS.defaultRankThreshold,
    description: 'Report a PageRank rank change only when a node moved at least this many places.',
  })
  @IsInt()
  @Min(1, { message: 'rankThreshold must be at least 1' })
  rankThreshold: number = DIFF_LIMITS.defaultRankThreshold;

  @Field(() => Int, {
    defaultValue: DIFF_LIMITS.defaultTop,
    description: `Report rank changes of nodes within this many places in either snapshot (1 to ${DIFF_LIMITS.maxTop}).`,
  })
  @IsInt()
  @Min(1, { message: 'top must be at least 1' })
  @Max(DIFF_LIMITS.maxTop, { message: `top must be at most ${DIFF_LIMITS.maxTop}` })
  top: number = DIFF_LIMITS.defaultTop;

  @Field(() => Int, {
    defaultValue: DIFF_LIMITS.defaultFirst,
    description: `Each list is cut at this many items (1 to ${DIFF_LIMITS.maxFirst}); the counts are whole.`,
  })
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(DIFF_LIMITS.maxFirst, { message: `first must be at most ${DIFF_LIMITS.maxFirst}` })
  first: number = DIFF_LIMITS.defaultFirst;
}

@ObjectType({
  description:
    'A node as a snapshot held it (it may no longer exist, so it is not resolved against the graph).',
})
export class DiffNodeRef {
  @Field(() => ID, { description: 'The node id.' })
  id!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field(() => NodeLabel, { nullable: true, description: 'Its kind.' })
  kind!: NodeLabel | null;
}

@ObjectType({ description: 'One side of a diff.' })
export class DiffSnapshot {
  @Field({ description: 'The snapshot id: SHA-256 of the canonical serialisation of what it held.' })
  snapshotId!: string;

  @Field({
    description:
      'True for a recorded export; false for the graph now (`to` omitted), which no export recorded.',
  })
  recorded!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'When the export was recorded (ISO 8601); null for now.',
  })
  at!: string | null;

  @Field(() => Int, { nullable: true, description: 'The change feed sequence number it was taken at.' })
  seq!: number | null;

  @Field({
    description:
      '`public`, or `restricted` when taken as a researcher’s or editor’s view (restricted facts included).',
  })
  view!: string;

  @Field(() => Int, { description: 'How many nodes it holds.' })
  nodeCount!: number;

  @Field(() => Int, { description: 'How many relationships it holds.' })
  relationshipCount!: number;
}

@ObjectType({ description: 'A node added, removed or changed.' })
export class NodeChange {
  @Field(() => ID, { description: 'The node id.' })
  id!: string;

  @Field(() => NodeLabel, { description: 'Its kind.' })
  kind!: NodeLabel;

  @Field({ description: 'Its name (in `to`; for a removed node, in `from`).' })
  name!: string;

  @Field(() => [String], {
    description:
      'For a changed node, the fields that changed (name, kind, organisationType, programmeKind, year, ' +
      'restricted, documentStart); empty for an added or removed one.',
  })
  fields!: string[];
}

@ObjectType({ description: 'A relationship added, removed or changed.' })
export class RelationshipChange {
  @Field({ description: 'The relationship key.' })
  key!: string;

  @Field({ description: 'Its type.' })
  type!: string;

  @Field(() => ID, { name: 'from', description: 'Id of the node it starts at.' })
  source!: string;

  @Field(() => ID, { name: 'to', description: 'Id of the node it ends at.' })
  target!: string;

  @Field(() => [String], {
    description:
      'For a changed relationship, the fields that changed (source, target, type, year, title, context, ' +
      'restricted, evidence, weight, documents, documentStart); empty for an added or removed one.',
  })
  fields!: string[];
}

@ObjectType({ description: 'A piece of a relationship’s evidence added, removed or changed.' })
export class EvidenceChange {
  @Field({ description: 'The key of the relationship it supports.' })
  relationshipKey!: string;

  @Field({ description: 'That relationship’s type.' })
  type!: string;

  @Field(() => ID, { description: 'The document it quotes.' })
  documentId!: string;

  @Field({ description: 'The verbatim excerpt.' })
  excerpt!: string;

  @Field(() => [String], { description: 'For a changed piece, what changed (inferred, reason).' })
  fields!: string[];
}

function changeSetType<T>(name: string, item: new () => T, what: string) {
  @ObjectType(name, { description: `${what} added, removed and changed between two snapshots.` })
  class ChangeSetType {
    @Field(() => [item], { description: 'Added (in `to`, not in `from`), by id; at most `first`.' })
    added!: T[];

    @Field(() => [item], { description: 'Removed (in `from`, not in `to`), by id; at most `first`.' })
    removed!: T[];

    @Field(() => [item], { description: 'In both with different fields, by id; at most `first`.' })
    changed!: T[];

    @Field(() => Int, { description: 'How many were added in all.' })
    addedCount!: number;

    @Field(() => Int, { description: 'How many were removed in all.' })
    removedCount!: number;

    @Field(() => Int, { description: 'How many changed in all.' })
    changedCount!: number;
  }
  return ChangeSetType;
}

export const NodeChanges = changeSetType('NodeChanges', NodeChange, 'Nodes');
export const RelationshipChanges = changeSetType('RelationshipChanges', RelationshipChange, 'Relationships');
export const EvidenceChanges = changeSetType('EvidenceChanges', EvidenceChange, 'Pieces of evidence');

@ObjectType({ description: 'A node whose PageRank rank moved (or that entered or left the top).' })
export class RankChange {
  @Field(() => DiffNodeRef, { description: 'The node.' })
  node!: DiffNodeRef;

  @Field(() => Int, { nullable: true, description: 'Its rank in `from`; null when it was not there.' })
  fromRank!: number | null;

  @Field(() => Int, { nullable: true, description: 'Its rank in `to`; null when it is not there.' })
  toRank!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Places gained (fromRank − toRank; negative: it fell); null when in one snapshot only.',
  })
  change!: number | null;
}

@ObjectType({ description: 'A Louvain community on one side of a split or merge.' })
export class CommunitySide {
  @Field(() => Int, { description: 'Its index in its own partition (0 the largest).' })
  index!: number;

  @Field(() => Int, { description: 'How many members it has.' })
  size!: number;

  @Field(() => [DiffNodeRef], {
    description: `Its first members by id (at most ${DIFF_LIMITS.communityMembers}).`,
  })
  members!: DiffNodeRef[];

  @Field(() => Float, { description: 'Jaccard similarity of its members with its match on the other side.' })
  jaccard!: number;
}

@ObjectType({ description: 'Communities that split or merged between two snapshots.' })
export class CommunityChange {
  @Field(() => CommunityChangeKind, { description: 'Split or merged.' })
  kind!: CommunityChangeKind;

  @Field(() => [CommunitySide], { description: 'The communities of `from` involved.' })
  from!: CommunitySide[];

  @Field(() => [CommunitySide], { description: 'The communities of `to` involved.' })
  to!: CommunitySide[];
}

@ObjectType({
  description:
    'An interlock: two places or organisations both joined directly to one person or organisation.',
})
export class InterlockChange {
  @Field(() => DiffNodeRef, { description: 'One end (the lower id).' })
  a!: DiffNodeRef;

  @Field(() => DiffNodeRef, { description: 'The other end.' })
  b!: DiffNodeRef;

  @Field(() => DiffNodeRef, { description: 'The person or organisation joined to both.' })
  connector!: DiffNodeRef;
}

@ObjectType({
  description:
    'What changed between two snapshots: nodes, relationships and evidence, and what moved in the ' +
    'analyses (PageRank, Louvain communities, interlocks) re-run on both.',
})
export class GraphDiff {
  @Field(() => DiffSnapshot, { description: 'The snapshot compared from.' })
  from!: DiffSnapshot;

  @Field(() => DiffSnapshot, { description: 'The snapshot compared to (or the graph now).' })
  to!: DiffSnapshot;

  @Field(() => NodeChanges, { description: 'Nodes added, removed and changed.' })
  nodes!: InstanceType<typeof NodeChanges>;

  @Field(() => RelationshipChanges, { description: 'Relationships added, removed and changed.' })
  relationships!: InstanceType<typeof RelationshipChanges>;

  @Field(() => EvidenceChanges, {
    description: 'Pieces of relationship evidence added, removed and changed.',
  })
  evidence!: InstanceType<typeof EvidenceChanges>;

  @Field(() => Int, { description: 'The rank threshold used.' })
  rankThreshold!: number;

  @Field(() => Int, { description: 'The top used.' })
  top!: number;

  @Field(() => Int, { description: 'The Louvain seed used on both snapshots.' })
  seed!: number;

  @Field(() => [RankChange], {
    description:
      'PageRank on the partnership network of each snapshot: nodes within `top` that moved at least ' +
      '`rankThreshold` places, or entered or left; largest moves first.',
  })
  pagerank!: RankChange[];

  @Field(() => [CommunityChange], {
    description: 'Louvain communities of the partnership network that split or merged (matched by Jaccard).',
  })
  communities!: CommunityChange[];

  @Field(() => [InterlockChange], { description: 'Interlocks in `to` and not in `from`; at most `first`.' })
  interlocksGained!: InterlockChange[];

  @Field(() => [InterlockChange], { description: 'Interlocks in `from` and not in `to`; at most `first`.' })
  interlocksLost!: InterlockChange[];

  @Field(() => Int, { description: 'How many interlocks were gained in all.' })
  interlocksGainedCount!: number;

  @Field(() => Int, { description: 'How many interlocks were lost in all.' })
  interlocksLostCount!: number;
}
