import type { GraphQLResolveInfo } from 'graphql';
import {
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Info,
  Int,
  ObjectType,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { NodeLabel, RelationshipType } from '../../model';
import { ProposalKind } from '../../intake/types';
import type { GraphContext } from '../compile/context';
import { connectionOf } from '../types/connection.type';
import { Node } from '../types/node.interface';
import type { NodeRecord } from '../records/records';

/** Where a proposal stands in review. */
export enum ProposalStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  SUPERSEDED = 'SUPERSEDED',
}

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'Where a proposal stands in review.',
  valuesConfig: {
    PENDING: { description: 'Waiting for an editor.' },
    ACCEPTED: { description: 'Accepted: the fact it proposed is in the graph (see `result`).' },
    REJECTED: { description: 'Rejected by an editor (see `reason`).' },
    SUPERSEDED: {
      description: 'No longer proposed: intake ran again on a graph that had changed and did not propose it.',
    },
  },
});

registerEnumType(ProposalKind, {
  name: 'ProposalKind',
  description: 'What a proposal proposes.',
  valuesConfig: {
    MENTION: {
      description: 'The document names a node of the graph: accepting adds the sentence as its evidence.',
    },
    NEW_NODE: {
      description: 'The document names something the graph does not have yet: accepting creates it.',
    },
    RELATIONSHIP: {
      description:
        'A relationship of the model, from a Dutch cue: accepting links its ends, or adds the sentence as ' +
        'evidence to the relationship it corroborates.',
    },
  },
});

/** One end of a proposal as stored. */
export interface ProposalEndValue {
  node: string | null;
  name: string | null;
  kind: NodeLabel;
  proposedId: string | null;
}

@ObjectType({
  description:
    'One end of a proposal: a node of the graph (`node`), or a candidate not in the graph yet (`name`, ' +
    '`kind` and the id it would get).',
})
export class ProposalEnd {
  /** The node's id; resolved to the node by the compiled read (ProposalEndResolver). */
  nodeId!: string | null;

  @Field(() => String, { nullable: true, description: 'The candidate name, as the document writes it.' })
  name!: string | null;

  @Field(() => NodeLabel, { description: 'The kind of the node or candidate.' })
  kind!: NodeLabel;

  @Field(() => ID, { nullable: true, description: 'The id a candidate gets when its proposal is accepted.' })
  proposedId!: string | null;
}

@ObjectType({
  description:
    'A fact that intake read in a document, waiting for review: what it proposes, the sentence that ' +
    'says so (verbatim, with its offsets in the document text) and the rule that fired. Editors and ' +
    'researchers only.',
})
export class Proposal {
  @Field(() => ID, { description: 'Stable: running intake again on the same text proposes the same ids.' })
  id!: string;

  @Field(() => ID, { description: 'The document it was read in.' })
  document!: string;

  @Field(() => ProposalStatus, { description: 'Where it stands in review.' })
  status!: ProposalStatus;

  @Field(() => ProposalKind, { description: 'A mention, a new node or a relationship.' })
  kind!: ProposalKind;

  @Field(() => RelationshipType, {
    nullable: true,
    description: 'The relationship type: MENTIONS for a mention, null for a new node.',
  })
  relationshipType!: RelationshipType | null;

  @Field(() => ProposalEnd, {
    description: 'Where the fact starts: the document, for a mention and a new node.',
  })
  from!: ProposalEnd;

  @Field(() => ProposalEnd, {
    description: 'Where it ends: the node named (a mention) or the candidate (a new node).',
  })
  to!: ProposalEnd;

  @Field(() => [ID], {
    description:
      'A mention whose name fits several nodes: their ids (`to.node` is then null). Accept it with ' +
      '`edits.to` set to the one meant.',
  })
  candidates!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'What else it proposes, as JSON: a role `title`, an award `year`, a quote `text`, an organisation `type`.',
  })
  properties!: string | null;

  @Field({ description: 'The sentence that says it, verbatim: the document text from `start` to `end`.' })
  excerpt!: string;

  @Field(() => Int, { description: 'Where the excerpt starts in the document text (characters, from 0).' })
  start!: number;

  @Field(() => Int, { description: 'Where the excerpt ends (exclusive).' })
  end!: number;

  @Field(() => Int, { description: 'Where the name or cue itself starts, for highlighting.' })
  matchStart!: number;

  @Field(() => Int, { description: 'Where the name or cue itself ends (exclusive).' })
  matchEnd!: number;

  @Field({ description: 'The rule that fired, e.g. `mention.name` or `nominated_by.voorgedragen-door`.' })
  rule!: string;

  @Field(() => Float, { description: 'How sure the rule is, from 0 to 1.' })
  confidence!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The key of the relationship in the graph that this proposal corroborates (accepting it adds ' +
      'the excerpt as evidence there instead of a duplicate), or null.',
  })
  corroborates!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What accepting it wrote: the id of the node or the key of the relationship.',
  })
  result!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Who accepted or rejected it.' })
  decidedBy!: string | null;
}

export const ProposalConnection = connectionOf(Proposal);

/** A proposal end's node, read by the compiled projection for the selection below `node`. */
@Resolver(() => ProposalEnd)
export class ProposalEndResolver {
  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The node of the graph at this end (null for a candidate, or a node since removed).',
  })
  node(
    @Root() end: ProposalEnd,
    @Ctx() { nodes }: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord | null> | null {
    return end.nodeId ? nodes.load(info, end.nodeId) : null;
  }
}
