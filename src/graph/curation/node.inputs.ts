import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, type ClassType, Field, ID, InputType, Int } from 'type-graphql';
import '../common/enums';
import { NodeLabel, OrganisationType, ProgrammeKind } from '../../model';
import { EvidenceInput } from './evidence.input';
import { IsNodeId } from './validation';

export const MAX_NAME_LENGTH = 200;
export const MAX_ALIASES = 20;
export const MAX_EVIDENCE = 20;

/** A required, non-blank name of bounded length. */
function IsName(): PropertyDecorator {
  return (target: object, property: string | symbol) => {
    IsNotEmpty()(target, property);
    Matches(/\S/, { message: '$property must not be blank' })(target, property);
    MaxLength(MAX_NAME_LENGTH)(target, property);
  };
}

/** A list of other names: bounded, each non-empty and of bounded length. */
function AreNames(): PropertyDecorator {
  return (target: object, property: string | symbol) => {
    ArrayMaxSize(MAX_ALIASES)(target, property);
    IsNotEmpty({ each: true })(target, property);
    MaxLength(MAX_NAME_LENGTH, { each: true })(target, property);
  };
}

// ---------------------------------------------------------------------------------------------
// Create

/** The fields every create input shares (not a GraphQL type itself: each kind's input inherits them). */
@InputType('CreateNodeFields', { description: 'The fields every create input shares.' })
export abstract class CreateNodeInput {
  /** Declared by each kind, with its own prefix. */
  abstract id: string;

  @Field({ description: 'The name, as the documents write it.' })
  @IsName()
  name!: string;

  @Field(() => [String], { description: 'Other names the documents use for it.' })
  @AreNames()
  aliases: string[] = [];

  @Field(() => [EvidenceInput], {
    description: `Where the documents name it, verbatim: at least 1 piece, at most ${MAX_EVIDENCE}.`,
  })
  @ArrayMinSize(1, { message: 'every new fact needs at least one piece of evidence' })
  @ArrayMaxSize(MAX_EVIDENCE)
  @ValidateNested()
  evidence!: EvidenceInput[];
}

@InputType({ description: 'A new municipality (gemeente), with the evidence that names it.' })
export class CreateMunicipalityInput extends CreateNodeInput {
  @Field(() => ID, { description: 'Its id: `municipality:<slug>`, e.g. `municipality:delft`.' })
  @IsNodeId(NodeLabel.Municipality)
  id!: string;
}

@InputType({ description: 'A new organisation, with the evidence that names it.' })
export class CreateOrganisationInput extends CreateNodeInput {
  @Field(() => ID, { description: 'Its id: `org:<slug>`, e.g. `org:kwadraad`.' })
  @IsNodeId(NodeLabel.Organisation)
  id!: string;

  @Field(() => OrganisationType, { description: 'What kind of body it is.' })
  @IsEnum(OrganisationType)
  type!: OrganisationType;

  @Field(() => [String], { description: 'Names it went by before.' })
  @AreNames()
  formerNames: string[] = [];
}

@InputType({ description: 'A new person, with the evidence that names them.' })
export class CreatePersonInput extends CreateNodeInput {
  @Field(() => ID, { description: 'Their id: `person:<slug>`, e.g. `person:mieke-pirson`.' })
  @IsNodeId(NodeLabel.Person)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Telephone number, only where a document gives it.' })
  @IsOptional()
  @Matches(/^[0-9+()\- ]{3,40}$/, {
    message: '$property must be a telephone number (digits, spaces, + - ( ))',
  })
  phone?: string | null;
}

@InputType({
  description: 'A new programme (initiative, project, facility, pilot, policy …), with evidence.',
})
export class CreateProgrammeInput extends CreateNodeInput {
  @Field(() => ID, { description: 'Its id: `programme:<slug>`, e.g. `programme:geheugenhuis`.' })
  @IsNodeId(NodeLabel.Programme)
  id!: string;

  @Field(() => ProgrammeKind, { description: 'What kind of initiative it is.' })
  @IsEnum(ProgrammeKind)
  programmeKind!: ProgrammeKind;

  @Field(() => String, { nullable: true, description: 'A short description, in Dutch.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: 'A new theme (topic), with the evidence that names it.' })
export class CreateThemeInput extends CreateNodeInput {
  @Field(() => ID, { description: 'Its id: `theme:<slug>`, e.g. `theme:jeugdhulp`.' })
  @IsNodeId(NodeLabel.Theme)
  id!: string;
}

/** `(input: <Kind>Input!)`, validated as a whole so problems are named `input.evidence[0].excerpt`. */
function createArgs<T extends object>(input: ClassType<T>, what: string) {
  @ArgsType()
  class CreateArgs {
    @Field(() => input, { description: `The new ${what}.` })
    @ValidateNested()
    input!: T;
  }
  return CreateArgs;
}

export const CreateMunicipalityArgs = createArgs(CreateMunicipalityInput, 'municipality');
export const CreateOrganisationArgs = createArgs(CreateOrganisationInput, 'organisation');
export const CreatePersonArgs = createArgs(CreatePersonInput, 'person');
export const CreateProgrammeArgs = createArgs(CreateProgrammeInput, 'programme');
export const CreateThemeArgs = createArgs(CreateThemeInput, 'theme');

// ---------------------------------------------------------------------------------------------
// Update

/** The fields every update input shares (not a GraphQL type itself: each kind's input inherits them). */
@InputType('UpdateNodeFields', { description: 'The fields every update input shares.' })
export abstract class UpdateNodeInput {
  @Field(() => String, { nullable: true, description: 'A new name (omit or null: unchanged).' })
  @IsOptional()
  @IsName()
  name?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The new list of other names, replacing the old one (omit or null: unchanged).',
  })
  @IsOptional()
  @AreNames()
  aliases?: string[] | null;

  @Field(() => [EvidenceInput], {
    nullable: true,
    description:
      `More evidence, added to what is recorded (at most ${MAX_EVIDENCE} pieces; pieces already ` +
      'recorded are skipped). Each document cited also gets a MENTIONS edge to the node.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_EVIDENCE)
  @ValidateNested()
  addEvidence?: EvidenceInput[] | null;
}

@InputType({ description: 'Changes to a municipality; omitted fields stay as they are.' })
export class UpdateMunicipalityInput extends UpdateNodeInput {}

@InputType({ description: 'Changes to an organisation; omitted fields stay as they are.' })
export class UpdateOrganisationInput extends UpdateNodeInput {
  @Field(() => OrganisationType, { nullable: true, description: 'What kind of body it is.' })
  @IsOptional()
  @IsEnum(OrganisationType)
  type?: OrganisationType | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The new list of former names, replacing the old one (omit or null: unchanged).',
  })
  @IsOptional()
  @AreNames()
  formerNames?: string[] | null;
}

@InputType({ description: 'Changes to a person; omitted fields stay as they are.' })
export class UpdatePersonInput extends UpdateNodeInput {
  @Field(() => String, {
    nullable: true,
    description: 'Telephone number (omit: unchanged; null: removed).',
  })
  @IsOptional()
  @Matches(/^[0-9+()\- ]{3,40}$/, {
    message: '$property must be a telephone number (digits, spaces, + - ( ))',
  })
  phone?: string | null;
}

@InputType({ description: 'Changes to a programme; omitted fields stay as they are.' })
export class UpdateProgrammeInput extends UpdateNodeInput {
  @Field(() => ProgrammeKind, { nullable: true, description: 'What kind of initiative it is.' })
  @IsOptional()
  @IsEnum(ProgrammeKind)
  programmeKind?: ProgrammeKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'A short description, in Dutch (omit: unchanged; null: removed).',
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: 'Changes to a theme; omitted fields stay as they are.' })
export class UpdateThemeInput extends UpdateNodeInput {}

/** `(id, expectedVersion, input)`: which node, the version the editor last saw, and the changes. */
function updateArgs<T extends object>(label: NodeLabel, input: ClassType<T>, what: string) {
  @ArgsType()
  class UpdateArgs {
    @Field(() => ID, { description: `The id of the ${what}.` })
    @IsNodeId(label)
    id!: string;

    @Field(() => Int, {
      description:
        'The version the change is based on (the `version` last read). If the stored version differs, ' +
        'someone changed it meanwhile: CONFLICT, and nothing is written.',
    })
    @Min(1)
    expectedVersion!: number;

    @Field(() => input, { description: 'The changes.' })
    @ValidateNested()
    input!: T;
  }
  return UpdateArgs;
}

export const UpdateMunicipalityArgs = updateArgs(
  NodeLabel.Municipality,
  UpdateMunicipalityInput,
  'municipality',
);
export const UpdateOrganisationArgs = updateArgs(
  NodeLabel.Organisation,
  UpdateOrganisationInput,
  'organisation',
);
export const UpdatePersonArgs = updateArgs(NodeLabel.Person, UpdatePersonInput, 'person');
export const UpdateProgrammeArgs = updateArgs(NodeLabel.Programme, UpdateProgrammeInput, 'programme');
export const UpdateThemeArgs = updateArgs(NodeLabel.Theme, UpdateThemeInput, 'theme');

/** The fields only some kinds have, as data access sees them (absent on the other kinds). */
export interface KindFields {
  type?: OrganisationType | null;
  formerNames?: string[] | null;
  phone?: string | null;
  programmeKind?: ProgrammeKind | null;
  description?: string | null;
}
