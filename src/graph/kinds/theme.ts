import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { NodeLabel } from '../../model';
import { connectionOf } from '../types/connection.type';
import { NameOrder } from '../types/enums';
import { Node } from '../types/node.interface';
import { PageArgs } from '../types/page.args';
import type { KindApi } from './kind-api';

@ObjectType({
  implements: Node,
  description: 'A topic that programmes and quotes concern, e.g. jeugdhulp, dementie, schuldhulp.',
})
export class Theme extends Node {}

export const ThemeConnection = connectionOf(Theme);

@InputType({ description: 'Narrows the list of themes; all given conditions must hold.' })
export class ThemeFilter {
  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;
}

@ArgsType()
export class ThemeListArgs extends PageArgs {
  @Field(() => ThemeFilter, { nullable: true, description: 'Conditions the themes must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: ThemeFilter | null;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: 'Order by name, ties by id.' })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}

/** The GraphQL side of the theme kind (its model is src/model/kinds). */
export const themeApi: KindApi = {
  label: NodeLabel.Theme,
  type: Theme,
  connection: ThemeConnection,
  listArgs: ThemeListArgs,
  listDescription:
    'Themes (topics) that programmes and quotes concern, page by page, filtered and ordered by name.',
  byIdDescription: 'One theme by id, e.g. `theme:jeugdhulp`. NOT_FOUND if there is none.',
  idDescription: 'The theme id, `theme:<slug>`.',
};
