import { IsEnum, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { NodeLabel, OrganisationType } from '../../model';
import { connectionOf } from '../types/connection.type';
import { NameOrder } from '../types/enums';
import { Node } from '../types/node.interface';
import { PageArgs } from '../types/page.args';
import { IsNodeId } from '../types/validators';
import type { KindApi } from './kind-api';

@ObjectType({
  implements: Node,
  description: 'A social-work, care, government, school, network or civic body, e.g. Kwadraad, AVRES.',
})
export class Organisation extends Node {
  @Field(() => OrganisationType, { description: 'What kind of body it is.' })
  type!: OrganisationType;

  @Field(() => [String], { description: 'Names it went by before, e.g. MOgroep for Sociaal Werk Nederland.' })
  formerNames!: string[];
}

export const OrganisationConnection = connectionOf(Organisation);

@InputType({ description: 'Narrows the list of organisations; all given conditions must hold.' })
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;

  @Field(() => OrganisationType, { nullable: true, description: 'Is this kind of body, e.g. SOCIAL_WORK.' })
  @IsOptional()
  @IsEnum(OrganisationType)
  type?: OrganisationType | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Works in this municipality or region id (e.g. `municipality:delft`): is located in it, ' +
      'nominated it for the award, or partners with it.',
  })
  @IsOptional()
  @IsNodeId(NodeLabel.Municipality, NodeLabel.Region)
  municipality?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Runs a programme concerning this theme id, e.g. `theme:dementie`.',
  })
  @IsOptional()
  @IsNodeId(NodeLabel.Theme)
  theme?: string | null;
}

@ArgsType()
export class OrganisationListArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true, description: 'Conditions the organisations must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: OrganisationFilter | null;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: 'Order by name, ties by id.' })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}

/** The GraphQL side of the organisation kind (its model is src/model/kinds). */
export const organisationApi: KindApi = {
  label: NodeLabel.Organisation,
  type: Organisation,
  connection: OrganisationConnection,
  listArgs: OrganisationListArgs,
  listDescription:
    'Organisations (social-work, care, government, school, network, civic bodies), page by page, ' +
    'filtered and ordered by name.',
  byIdDescription: 'One organisation by id, e.g. `org:kwadraad`. NOT_FOUND if there is none.',
  idDescription: 'The organisation id, `org:<slug>`.',
};
