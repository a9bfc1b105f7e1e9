import { IsBoolean, IsDefined, IsNotEmpty, Matches, MaxLength, ValidateIf } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NodeLabel } from '../../model';
import { IsNodeId } from './validation';

/** Longest excerpt an editor may cite: a passage, not a whole document. */
export const MAX_EXCERPT_LENGTH = 2000;

@InputType({
  description:
    'Where a new fact is written down: a document in the graph and the excerpt of it that states the ' +
    'fact, verbatim (runs of white space count as one space). An excerpt found only in the restricted ' +
    'part of the document, or from a restricted document, makes restricted evidence.',
})
export class EvidenceInput {
  @Field(() => ID, { description: 'The id of the document, e.g. `document:003-addecf477dab56b0`.' })
  @IsNodeId(NodeLabel.Document)
  document!: string;

  @Field({ description: 'The words of the document that state or support the fact, verbatim.' })
  @IsNotEmpty()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(MAX_EXCERPT_LENGTH)
  excerpt!: string;

  @Field({
    defaultValue: false,
    description:
      'False: the document states the fact in so many words. True: it is inferred (give `reason`).',
  })
  @IsBoolean()
  inferred: boolean = false;

  @Field(() => String, {
    nullable: true,
    description: 'Required when `inferred`: from what the fact is inferred, in one sentence.',
  })
  @ValidateIf((evidence: EvidenceInput) => evidence.inferred === true)
  @IsDefined({ message: '$property is required when inferred is true' })
  @IsNotEmpty({ message: '$property is required when inferred is true' })
  @MaxLength(1000)
  reason?: string | null;
}
