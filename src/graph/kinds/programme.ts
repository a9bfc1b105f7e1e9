import { IsEnum, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { NodeLabel, ProgrammeKind } from '../../model';
import { connectionOf } from '../types/connection.type';
import { NameOrder } from '../types/enums';
import { Node } from '../types/node.interface';
import { PageArgs } from '../types/page.args';
import { IsNodeId } from '../types/validators';
import type { KindApi } from './kind-api';

@ObjectType({
  implements: Node,
  description: 'An initiative, project, facility, pilot or policy, e.g. CJG Midden-Limburg, GeheugenHuis.',
})
export class Programme extends Node {
  @Field(() => ProgrammeKind, { name: 'programmeKind', description: 'What kind of initiative it is.' })
  kind!: ProgrammeKind;

  @Field(() => String, { nullable: true, description: 'A short description, in Dutch.' })
  description!: string | null;
}

export const ProgrammeConnection = connectionOf(Programme);

@InputType({ description: 'Narrows the list of programmes; all given conditions must hold.' })
export class ProgrammeFilter {
  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;

  @Field(() => ProgrammeKind, { nullable: true, description: 'Is this kind of initiative, e.g. FACILITY.' })
  @IsOptional()
  @IsEnum(ProgrammeKind)
  programmeKind?: ProgrammeKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Is located in this municipality or region id, e.g. `municipality:leerdam`.',
  })
  @IsOptional()
  @IsNodeId(NodeLabel.Municipality, NodeLabel.Region)
  municipality?: string | null;

  @Field(() => String, { nullable: true, description: 'Concerns this theme id, e.g. `theme:dementie`.' })
  @IsOptional()
  @IsNodeId(NodeLabel.Theme)
  theme?: string | null;
}

@ArgsType()
export class ProgrammeListArgs extends PageArgs {
  @Field(() => ProgrammeFilter, { nullable: true, description: 'Conditions the programmes must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: ProgrammeFilter | null;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: 'Order by name, ties by id.' })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}

/** The GraphQL side of the programme kind (its model is src/model/kinds). */
export const programmeApi: KindApi = {
  label: NodeLabel.Programme,
  type: Programme,
  connection: ProgrammeConnection,
  listArgs: ProgrammeListArgs,
  listDescription:
    'Programmes (initiatives, projects, facilities, pilots, policies), page by page, filtered and ordered by name.',
  byIdDescription: 'One programme by id, e.g. `programme:geheugenhuis`. NOT_FOUND if there is none.',
  idDescription: 'The programme id, `programme:<slug>`.',
};
