import {
  ArrayMaxSize,
  ArrayUnique,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { NodeLabel } from '../../model';
import { MAX_EXCERPT_LENGTH } from './evidence.inputs';
import { AreNodeIds, IsNodeId } from './validation';

@InputType({
  description:
    'A verbatim utterance in a document: the quote, who said it (SAID), where (QUOTED_IN) and what it ' +
    'concerns (CONCERNS), all with the quote in that document as their evidence.',
})
export class AddQuoteInput {
  @Field(() => ID, {
    description: 'Its id: `quote:<slug>`, e.g. `quote:mieke-pirson-met-name-de-jeugdhulp`.',
  })
  @IsNodeId(NodeLabel.Quote)
  id!: string;

  @Field({
    description:
      'The words, verbatim as the document writes them (runs of white space count as one space); ' +
      'refused unless they occur in the document.',
  })
  @IsNotEmpty()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(MAX_EXCERPT_LENGTH)
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A short label; by default the opening words of the text.',
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string | null;

  @Field(() => ID, { description: 'The id of the person who said it.' })
  @IsNodeId(NodeLabel.Person)
  speaker!: string;

  @Field(() => ID, { description: 'The id of the document that carries it.' })
  @IsNodeId(NodeLabel.Document)
  document!: string;

  @Field(() => [ID], { description: 'The ids of the themes it concerns.' })
  @ArrayMaxSize(20)
  @ArrayUnique({ message: '$property must not name a theme twice' })
  @AreNodeIds(NodeLabel.Theme)
  themes: string[] = [];
}

@ArgsType()
export class AddQuoteArgs {
  @Field(() => AddQuoteInput, { description: 'The new quote.' })
  @ValidateNested()
  input!: AddQuoteInput;
}
