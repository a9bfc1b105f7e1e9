import type { GraphQLResolveInfo } from 'graphql';
import {
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { ErrorCode, appError } from '../../db/errors';
import type { GraphContext } from '../compile/context';
import { toConnection } from '../compile/page';
import { decodeCursor } from '../records/cursor';
import type { NodeRecord } from '../records/records';
import { Document } from '../kinds/document';
import {
  AcceptProposalArgs,
  AcceptProposalsArgs,
  ProposalsArgs,
  ProposeFactsArgs,
  RejectProposalArgs,
} from './proposal.inputs';
import {
  acceptProposal,
  acceptRule,
  proposeAgain,
  readProposals,
  rejectProposal,
} from './proposal.mutations';
import { toProposal } from './proposal.records';
import { Proposal, ProposalConnection } from './proposal.type';

type Raw = Record<string, unknown>;

const REVIEW =
  'Editors only. One transaction with its audit events: any problem (BAD_USER_INPUT naming the field, ' +
  'NOT_FOUND, CONFLICT when it was decided already) writes nothing.';

@ObjectType({ description: 'What one run of intake did.' })
class IntakeResult {
  /** Resolved to the document by the compiled read (IntakeResultResolver). */
  documentId!: string;

  @Field(() => Int, { description: 'How many proposals the text yields now.' })
  proposed!: number;

  @Field(() => Int, { description: 'How many of them are new (the others were proposed before).' })
  created!: number;

  @Field(() => Int, {
    description: 'How many pending proposals the graph no longer yields (now SUPERSEDED).',
  })
  superseded!: number;
}

@ObjectType({ description: 'A proposal left pending by `acceptProposals`, and why.' })
class SkippedProposal {
  @Field(() => ID, { description: 'The proposal.' })
  id!: string;

  @Field({ description: 'Why it was not accepted as it stands (accept it with edits, or reject it).' })
  message!: string;
}

@ObjectType({ description: 'What `acceptProposals` did.' })
class AcceptedProposals {
  @Field(() => [Proposal], { description: 'The proposals accepted, in document order.' })
  accepted!: Proposal[];

  @Field(() => [SkippedProposal], { description: 'Those left pending, each with the reason.' })
  skipped!: SkippedProposal[];
}

/** A cursor of the proposals list: [start padded, id], as a keyset. */
function keysetOf(proposal: Proposal): [string, string] {
  return [String(proposal.start).padStart(10, '0'), proposal.id];
}

@Resolver(() => IntakeResult)
export class IntakeResultResolver {
  @FieldResolver(() => Document, { description: 'The document read; select `proposals` to review them.' })
  async document(
    @Root() result: IntakeResult,
    @Ctx() { nodes }: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord> {
    const document = await nodes.load(info, result.documentId);
    if (!document) throw appError(ErrorCode.NOT_FOUND, `No document with id "${result.documentId}"`);
    return document;
  }
}

/** Document.proposals and the review mutations: thin, each one call into `proposal.mutations.ts`. */
@Resolver(() => Document)
export class ProposalResolver {
  @Authorized('editor', 'researcher')
  @FieldResolver(() => ProposalConnection, {
    description:
      'What intake proposed from this document, in document order, for review (editors and ' +
      'researchers only; never the public).',
  })
  async proposals(
    @Root() document: NodeRecord,
    @Args(() => ProposalsArgs) { status, first, after }: ProposalsArgs,
    @Ctx() ctx: GraphContext,
  ) {
    const [afterStart, afterId] = after ? decodeCursor(after) : [null, null];
    const cursor = {
      afterStart: afterStart === null ? null : Number(afterStart),
      afterId,
    };
    const params = { document: document.id, status: status ?? null };
    const rows = await ctx.db.read('intake/proposal-page', { ...params, ...cursor, limit: first + 1 });
    return toConnection(
      rows.map((row) => toProposal(row.proposal as Raw)),
      first,
      keysetOf,
      async () => Number((await ctx.db.read('intake/proposal-count', params))[0]?.total ?? 0),
      {
        after,
        precedes: async () =>
          (await ctx.db.read('intake/proposal-precedes', { ...params, ...cursor })).length > 0,
      },
    );
  }
}

@Resolver()
export class ReviewResolver {
  @Authorized('editor')
  @Mutation(() => IntakeResult, {
    description:
      'Reads a document again against the graph as it is now (say after it grew) and stores what it ' +
      'proposes; proposals already made keep their ids and status, so a second run on an unchanged ' +
      `graph changes nothing. ${REVIEW}`,
  })
  async proposeFacts(
    @Args(() => ProposeFactsArgs) { document }: ProposeFactsArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<IntakeResult> {
    return { ...(await proposeAgain(ctx, document)), documentId: document };
  }

  @Authorized('editor')
  @Mutation(() => Proposal, {
    description:
      'Accepts a proposal: writes its fact by the curation path (a mention adds the sentence as the ' +
      "node's evidence; a new node is created; a relationship is linked, or the sentence added as " +
      `evidence to the relationship it corroborates), with \`edits\` applied first. ${REVIEW}`,
  })
  async acceptProposal(
    @Args(() => AcceptProposalArgs) { id, edits }: AcceptProposalArgs,
    @Ctx() ctx: GraphContext,
  ) {
    const [proposal] = await readProposals(ctx, [await acceptProposal(ctx, id, edits)]);
    return proposal;
  }

  @Authorized('editor')
  @Mutation(() => AcceptedProposals, {
    description:
      'Accepts every pending proposal of one rule in one document as it stands. One that needs an edit ' +
      `(an ambiguous name, an end not in the graph yet) stays pending and is listed with the reason. ${REVIEW}`,
  })
  async acceptProposals(
    @Args(() => AcceptProposalsArgs) { document, rule }: AcceptProposalsArgs,
    @Ctx() ctx: GraphContext,
  ) {
    const outcome = await acceptRule(ctx, document, rule);
    return { accepted: await readProposals(ctx, outcome.accepted), skipped: outcome.skipped };
  }

  @Authorized('editor')
  @Mutation(() => Proposal, { description: `Rejects a proposal, with the reason. ${REVIEW}` })
  async rejectProposal(
    @Args(() => RejectProposalArgs) { id, reason }: RejectProposalArgs,
    @Ctx() ctx: GraphContext,
  ) {
    const [proposal] = await readProposals(ctx, [await rejectProposal(ctx, id, reason)]);
    return proposal;
  }
}
