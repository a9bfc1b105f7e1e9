import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import '../types/enums';
import { RelationshipType } from '../../model';
import { EvidenceInput } from './evidence.inputs';
import { MAX_EVIDENCE } from './node.inputs';
import { IsNodeId } from './validation';

@InputType({
  description:
    'A new relationship between two nodes, with the evidence that states it. The ends must be of kinds ' +
    'the type allows (see RelationshipType); RECEIVED needs `year`, HOLDS_ROLE needs `title`.',
})
export class LinkInput {
  @Field(() => RelationshipType, {
    description: 'The relationship type. MENTIONS follows from node evidence and cannot be linked by hand.',
  })
  @IsEnum(RelationshipType)
  type!: RelationshipType;

  @Field(() => ID, { description: 'The id of the node it starts at.' })
  @IsNodeId()
  from!: string;

  @Field(() => ID, { description: 'The id of the node it ends at.' })
  @IsNodeId()
  to!: string;

  @Field(() => Int, { nullable: true, description: 'RECEIVED only, and required there: the award year.' })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  year?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'HOLDS_ROLE only, and required there: the title, e.g. "wethouder".',
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'PARTNERS_WITH only (optional): the setting, e.g. "Delft voor Elkaar".',
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  context?: string | null;

  @Field(() => [EvidenceInput], {
    description: `Where the documents state it, verbatim: at least 1 piece, at most ${MAX_EVIDENCE}.`,
  })
  @ArrayMinSize(1, { message: 'every new fact needs at least one piece of evidence' })
  @ArrayMaxSize(MAX_EVIDENCE)
  @ValidateNested()
  evidence!: EvidenceInput[];
}

@ArgsType()
export class LinkArgs {
  @Field(() => LinkInput, { description: 'The new relationship.' })
  @ValidateNested()
  input!: LinkInput;
}

@ArgsType()
export class UnlinkArgs {
  @Field(() => ID, {
    description: 'The key of the relationship (`from|TYPE|to[|year, title or context]`), as `key` shows it.',
  })
  @IsNotEmpty()
  @MaxLength(1000)
  key!: string;
}
