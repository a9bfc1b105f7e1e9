import {
  ArrayMaxSize,
  ArrayMinSize,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, type ClassType, Field, ID, InputType, Int } from 'type-graphql';
import { KINDS, MAX_NAMES, MAX_NAME_LENGTH, NodeLabel, curatedProperties } from '../../model';
import { EvidenceInput } from './evidence.inputs';
import { type CuratedValues, createDefault, declareInputField } from './property-fields';
import { IsNodeId } from './validation';

export const MAX_EVIDENCE = 20;

/** The curated kinds editors create and update here. */
export type CuratedKind =
  NodeLabel.Municipality | NodeLabel.Organisation | NodeLabel.Person | NodeLabel.Programme | NodeLabel.Theme;

/** What the inputs of a curated kind say of it (its own fields come from the model). */
interface CuratedKindText {
  /** The kind in a sentence: `The new ${what}.` */
  what: string;
  /** With its article: `Changes to ${one}; …` */
  one: string;
  create: string;
  id: string;
}

const CURATED_KINDS: Record<CuratedKind, CuratedKindText> = {
  [NodeLabel.Municipality]: {
    what: 'municipality',
    one: 'a municipality',
    create: 'A new municipality (gemeente), with the evidence that names it.',
    id: 'Its id: `municipality:<slug>`, e.g. `municipality:delft`.',
  },
  [NodeLabel.Organisation]: {
    what: 'organisation',
    one: 'an organisation',
    create: 'A new organisation, with the evidence that names it.',
    id: 'Its id: `org:<slug>`, e.g. `org:kwadraad`.',
  },
  [NodeLabel.Person]: {
    what: 'person',
    one: 'a person',
    create: 'A new person, with the evidence that names them.',
    id: 'Their id: `person:<slug>`, e.g. `person:mieke-pirson`.',
  },
  [NodeLabel.Programme]: {
    what: 'programme',
    one: 'a programme',
    create: 'A new programme (initiative, project, facility, pilot, policy …), with evidence.',
    id: 'Its id: `programme:<slug>`, e.g. `programme:geheugenhuis`.',
  },
  [NodeLabel.Theme]: {
    what: 'theme',
    one: 'a theme',
    create: 'A new theme (topic), with the evidence that names it.',
    id: 'Its id: `theme:<slug>`, e.g. `theme:jeugdhulp`.',
  },
};

/** The kinds with create and update mutations. */
export const CURATED_LABELS = Object.keys(CURATED_KINDS) as CuratedKind[];
/** One value made for each curated kind. */
const byKind = <T>(make: (label: CuratedKind) => T) =>
  Object.fromEntries(CURATED_LABELS.map((label) => [label, make(label)])) as Record<CuratedKind, T>;

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
    ArrayMaxSize(MAX_NAMES)(target, property);
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

/** `Create<Kind>Input`: the shared fields, the kind's id, and the kind's curated properties (the model's). */
function createInput(label: CuratedKind): ClassType<CreateNodeInput & CuratedValues> {
  const text = CURATED_KINDS[label];
  class CreateKindInput extends CreateNodeInput {
    @Field(() => ID, { description: text.id })
    @IsNodeId(label)
    id!: string;
  }
  for (const property of curatedProperties(KINDS[label])) {
    declareInputField(CreateKindInput, property, 'create');
  }
  Object.defineProperty(CreateKindInput, 'name', { value: `Create${label}Input` });
  InputType(`Create${label}Input`, { description: text.create })(CreateKindInput);
  // Its own fields were declared at run time, so its static type cannot name them.
  return CreateKindInput as ClassType<CreateNodeInput & CuratedValues>;
}

/** Each curated kind's create input, made once (a second class of the same GraphQL name would clash). */
export const CREATE_INPUTS = byKind(createInput);

/** The defaults GraphQL fills in a create input, for one built in code (an accepted proposal). */
export function createDefaults(label: CuratedKind): Record<string, unknown> {
  return Object.fromEntries(
    curatedProperties(KINDS[label]).flatMap((property) => {
      const value = createDefault(property);
      return value === undefined ? [] : [[property.field, value]];
    }),
  );
}

/** `(input: <Kind>Input!)`, validated as a whole so problems are named `input.evidence[0].excerpt`. */
function createArgs(label: CuratedKind) {
  const input = CREATE_INPUTS[label];
  @ArgsType()
  class CreateArgs {
    @Field(() => input, { description: `The new ${CURATED_KINDS[label].what}.` })
    @ValidateNested()
    input!: CreateNodeInput & CuratedValues;
  }
  return CreateArgs;
}

export const CreateMunicipalityArgs = createArgs(NodeLabel.Municipality);
export const CreateOrganisationArgs = createArgs(NodeLabel.Organisation);
export const CreatePersonArgs = createArgs(NodeLabel.Person);
export const CreateProgrammeArgs = createArgs(NodeLabel.Programme);
export const CreateThemeArgs = createArgs(NodeLabel.Theme);

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

/** `Update<Kind>Input`: the shared fields and the kind's curated properties (the model's), all optional. */
function updateInput(label: CuratedKind): ClassType<UpdateNodeInput & CuratedValues> {
  class UpdateKindInput extends UpdateNodeInput {}
  for (const property of curatedProperties(KINDS[label])) {
    declareInputField(UpdateKindInput, property, 'update');
  }
  Object.defineProperty(UpdateKindInput, 'name', { value: `Update${label}Input` });
  InputType(`Update${label}Input`, {
    description: `Changes to ${CURATED_KINDS[label].one}; omitted fields stay as they are.`,
  })(UpdateKindInput);
  return UpdateKindInput as ClassType<UpdateNodeInput & CuratedValues>;
}

/** Each curated kind's update input, made once. */
export const UPDATE_INPUTS = byKind(updateInput);

/** `(id, expectedVersion, input)`: which node, the version the editor last saw, and the changes. */
function updateArgs(label: CuratedKind) {
  const input = UPDATE_INPUTS[label];
  @ArgsType()
  class UpdateArgs {
    @Field(() => ID, { description: `The id of the ${CURATED_KINDS[label].what}.` })
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
    input!: UpdateNodeInput & CuratedValues;
  }
  return UpdateArgs;
}

export const UpdateMunicipalityArgs = updateArgs(NodeLabel.Municipality);
export const UpdateOrganisationArgs = updateArgs(NodeLabel.Organisation);
export const UpdatePersonArgs = updateArgs(NodeLabel.Person);
export const UpdateProgrammeArgs = updateArgs(NodeLabel.Programme);
export const UpdateThemeArgs = updateArgs(NodeLabel.Theme);
