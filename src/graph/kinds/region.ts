import { IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { NodeLabel } from '../../model';
import { connectionOf } from '../types/connection.type';
import { NameOrder } from '../types/enums';
import { Node } from '../types/node.interface';
import { PageArgs } from '../types/page.args';
import type { KindApi } from './kind-api';

@ObjectType({
  implements: Node,
  description: 'Gemeenten that act and are awarded together, e.g. regio Midden-Limburg (7 members).',
})
export class Region extends Node {}

export const RegionConnection = connectionOf(Region);

@InputType({ description: 'Narrows the list of regions; all given conditions must hold.' })
export class RegionFilter {
  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;

  @Field(() => Int, { nullable: true, description: 'Received the award of this year, e.g. 2017.' })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  awardYear?: number | null;
}

@ArgsType()
export class RegionListArgs extends PageArgs {
  @Field(() => RegionFilter, { nullable: true, description: 'Conditions the regions must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: RegionFilter | null;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: 'Order by name, ties by id.' })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}

/** The GraphQL side of the region kind (its model is src/model/kinds). */
export const regionApi: KindApi = {
  label: NodeLabel.Region,
  type: Region,
  connection: RegionConnection,
  listArgs: RegionListArgs,
  listDescription:
    'Regions (gemeenten that act and are awarded together), page by page, filtered and ordered by name.',
  byIdDescription: 'One region by id, e.g. `region:midden-limburg`. NOT_FOUND if there is none.',
  idDescription: 'The region id, `region:<slug>`.',
};
