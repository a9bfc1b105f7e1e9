import {
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DOCUMENT_KINDS } from '../../model';
import { NodeLabel } from '../../model';
import { IsNodeId } from './validation';

/** The largest document text accepted (the HTTP body limit is 256 kB). */
export const MAX_DOCUMENT_LENGTH = 200_000;

/** How the text of a new document is written. */
export enum DocumentFormat {
  TEXT = 'TEXT',
  MARKDOWN = 'MARKDOWN',
  HTML = 'HTML',
}

registerEnumType(DocumentFormat, {
  name: 'DocumentFormat',
  description: 'How the text of a new document is written.',
  valuesConfig: {
    TEXT: { description: 'Plain text, stored as given.' },
    MARKDOWN: { description: 'Markdown, stored as given (its marks are part of the verbatim text).' },
    HTML: {
      description:
        'HTML: turned into text (html-to-text) before it is stored; scripts and styles are dropped, and ' +
        'the HTML itself is never stored or shown.',
    },
  },
});

@InputType({
  description:
    'A new source document: its full text, verbatim, and what it states about itself. Facts can then ' +
    'cite it as evidence.',
})
export class AddDocumentInput {
  @Field(() => ID, { description: 'Its id: `document:<slug>`, e.g. `document:005-gemeente-delft-2019`.' })
  @IsNodeId(NodeLabel.Document)
  id!: string;

  @Field({ description: 'The title, as the document gives it, verbatim.' })
  @IsNotEmpty()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(500)
  title!: string;

  @Field({ description: `The full text, verbatim (at most ${MAX_DOCUMENT_LENGTH} characters).` })
  @IsNotEmpty()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(MAX_DOCUMENT_LENGTH)
  text!: string;

  @Field(() => DocumentFormat, {
    defaultValue: DocumentFormat.TEXT,
    description: 'How `text` is written; HTML is turned into text first.',
  })
  @IsIn(Object.values(DocumentFormat))
  format: DocumentFormat = DocumentFormat.TEXT;

  @Field(() => String, {
    nullable: true,
    description: 'Publication date, ISO `YYYY-MM-DD`, only when the document states it.',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be an ISO date, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: '$property must be a valid calendar date' })
  publishedOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The id of its publisher (an organisation, municipality or region), only when the document names ' +
      'it. Recorded on the document; a PUBLISHED_BY edge needs evidence and is added with `link`.',
  })
  @IsOptional()
  @IsNodeId(NodeLabel.Organisation, NodeLabel.Municipality, NodeLabel.Region)
  publisher?: string | null;

  @Field({ defaultValue: 'nl', description: 'Language code (ISO 639-1), e.g. nl.' })
  @Matches(/^[a-z]{2,3}$/, { message: '$property must be a language code such as nl' })
  language: string = 'nl';

  @Field({ description: `What kind of document: ${DOCUMENT_KINDS.join(', ')}.` })
  @IsIn(DOCUMENT_KINDS, { message: `$property must be one of ${DOCUMENT_KINDS.join(', ')}` })
  documentKind!: string;

  @Field({
    defaultValue: false,
    description: 'True: the whole document is restricted (only researchers and editors see it).',
  })
  @IsBoolean()
  restricted: boolean = false;

  @Field(() => String, {
    nullable: true,
    description:
      'A verbatim marker in the text (e.g. "Noot voor de redactie, niet voor publicatie:"): the text from ' +
      'it to the end is restricted. Runs of white space count as one space.',
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(500)
  restrictedFrom?: string | null;
}

@ArgsType()
export class AddDocumentArgs {
  @Field(() => AddDocumentInput, { description: 'The new document.' })
  @ValidateNested()
  input!: AddDocumentInput;
}

@ArgsType()
export class SetDocumentRestrictedArgs {
  @Field(() => ID, { description: 'The id of the document.' })
  @IsNodeId(NodeLabel.Document)
  id!: string;

  @Field({
    description:
      'True: the whole document becomes restricted, and so does every fact whose evidence is then all ' +
      'restricted. False: public again; a restricted part after its marker stays restricted (a document ' +
      'an editor added wholly restricted is split at its marker then).',
  })
  @IsBoolean()
  restricted!: boolean;
}
