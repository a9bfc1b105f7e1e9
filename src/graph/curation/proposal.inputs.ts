import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { MAX_NAME_LENGTH, NodeLabel, OrganisationType, ProgrammeKind } from '../../model';
import { PageArgs } from '../types/page.args';
import { ProposalStatus } from './proposal.type';
import { IsNodeId } from './validation';

/** A proposal's id: the 16 hex digits intake gives it. */
const PROPOSAL_ID = /^[0-9a-f]{16}$/;

function IsProposalId(): PropertyDecorator {
  return Matches(PROPOSAL_ID, { message: '$property must be a proposal id (16 hexadecimal digits)' });
}

@ArgsType()
export class ProposalsArgs extends PageArgs {
  @Field(() => ProposalStatus, {
    nullable: true,
    description: 'Only proposals of this status (all when null).',
  })
  @IsOptional()
  status?: ProposalStatus | null;
}

@InputType({
  description:
    'What an editor changes before accepting a proposal. The excerpt stays the document text between ' +
    '`start` and `end`, so it is verbatim whatever the bounds; everything else is checked as the ' +
    'curation mutation that writes the fact checks it.',
})
export class ProposalEdits {
  @Field(() => ID, {
    nullable: true,
    description: 'The node the fact starts at instead (a relationship; or the speaker of a quote).',
  })
  @IsOptional()
  @IsNodeId()
  from?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The node it ends at instead: for a mention with several candidates, the one meant.',
  })
  @IsOptional()
  @IsNodeId()
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'A new node: the id it gets instead of the proposed one.' })
  @IsOptional()
  @IsNodeId(
    NodeLabel.Municipality,
    NodeLabel.Organisation,
    NodeLabel.Person,
    NodeLabel.Programme,
    NodeLabel.Theme,
    NodeLabel.Quote,
  )
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'A new node: its name instead of the one read.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(MAX_NAME_LENGTH)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'HOLDS_ROLE: the title instead of the one read.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string | null;

  @Field(() => Int, { nullable: true, description: 'RECEIVED: the award year instead of the one read.' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'PARTNERS_WITH: what the partnership is about.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  context?: string | null;

  @Field(() => OrganisationType, {
    nullable: true,
    description: 'A new organisation: its type (else as read, or OTHER).',
  })
  @IsOptional()
  @IsIn(Object.values(OrganisationType))
  organisationType?: OrganisationType | null;

  @Field(() => ProgrammeKind, {
    nullable: true,
    description: 'A new programme: its kind (else as read, or INITIATIVE).',
  })
  @IsOptional()
  @IsIn(Object.values(ProgrammeKind))
  programmeKind?: ProgrammeKind | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The excerpt starts here instead (an offset in the document text).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  start?: number | null;

  @Field(() => Int, { nullable: true, description: 'The excerpt ends here instead (exclusive).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  end?: number | null;
}

@ArgsType()
export class AcceptProposalArgs {
  @Field(() => ID, { description: 'The proposal.' })
  @IsProposalId()
  id!: string;

  @Field(() => ProposalEdits, { nullable: true, description: 'What to change before it is written.' })
  @IsOptional()
  @ValidateNested()
  edits?: ProposalEdits | null;
}

@ArgsType()
export class RejectProposalArgs {
  @Field(() => ID, { description: 'The proposal.' })
  @IsProposalId()
  id!: string;

  @Field({ description: 'Why: kept with the proposal and in the audit log.' })
  @IsNotEmpty()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(1000)
  reason!: string;
}

@ArgsType()
export class ProposeFactsArgs {
  @Field(() => ID, { description: 'The document to read (again).' })
  @IsNodeId(NodeLabel.Document)
  document!: string;
}

@ArgsType()
export class AcceptProposalsArgs {
  @Field(() => ID, { description: 'The document whose proposals to accept.' })
  @IsNodeId(NodeLabel.Document)
  document!: string;

  @Field({ description: 'The rule whose pending proposals to accept, e.g. `mention.name`.' })
  @IsNotEmpty()
  @MaxLength(200)
  rule!: string;
}
