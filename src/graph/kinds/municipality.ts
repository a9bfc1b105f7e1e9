import { IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { NodeLabel } from '../../model';
import { connectionOf } from '../types/connection.type';
import { NameOrder } from '../types/enums';
import { Node } from '../types/node.interface';
import { PageArgs } from '../types/page.args';
import { IsNodeId } from '../types/validators';
import type { KindApi } from './kind-api';

@ObjectType({
  implements: Node,
  description:
    'A gemeente. Its relationship fields lead to the award it received, the social-work organisation ' +
    'that nominated it, its region, partners, programmes and people.',
})
export class Municipality extends Node {}

export const MunicipalityConnection = connectionOf(Municipality);

@InputType({ description: 'Narrows the list of municipalities; all given conditions must hold.' })
export class MunicipalityFilter {
  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;

  @Field(() => Int, { nullable: true, description: 'Received the award of this year.' })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  awardYear?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Has a programme concerning this theme id, e.g. `theme:jeugdhulp`.',
  })
  @IsOptional()
  @IsNodeId(NodeLabel.Theme)
  theme?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Is a member of this region id, e.g. `region:midden-limburg`.',
  })
  @IsOptional()
  @IsNodeId(NodeLabel.Region)
  region?: string | null;
}

@ArgsType()
export class MunicipalityListArgs extends PageArgs {
  @Field(() => MunicipalityFilter, {
    nullable: true,
    description: 'Only municipalities that meet these conditions.',
  })
  @IsOptional()
  @ValidateNested()
  filter?: MunicipalityFilter | null;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: 'The order of the list.' })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}

/** The GraphQL side of the municipality kind (its model is src/model/kinds). */
export const municipalityApi: KindApi = {
  label: NodeLabel.Municipality,
  type: Municipality,
  connection: MunicipalityConnection,
  listArgs: MunicipalityListArgs,
  listDescription: 'Municipalities, page by page, filtered and ordered by name.',
  byIdDescription: 'One municipality by id, e.g. `municipality:delft`.',
  idDescription: 'The municipality id.',
};
