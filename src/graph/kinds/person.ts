import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { NodeLabel } from '../../model';
import { connectionOf } from '../types/connection.type';
import { NameOrder } from '../types/enums';
import { Node } from '../types/node.interface';
import { PageArgs } from '../types/page.args';
import { IsNodeId } from '../types/validators';
import type { KindApi } from './kind-api';

@ObjectType({
  implements: Node,
  description: 'A named person, with roles at organisations or municipalities and the quotes they said.',
})
export class Person extends Node {
  @Field(() => String, {
    nullable: true,
    description: 'Telephone number, where a document gives one (press contacts; restricted).',
  })
  phone!: string | null;
}

export const PersonConnection = connectionOf(Person);

@InputType({ description: 'Narrows the list of people; all given conditions must hold.' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Holds a role at this organisation id, e.g. `org:contourdetwern`.',
  })
  @IsOptional()
  @IsNodeId(NodeLabel.Organisation)
  organisation?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Works for this municipality or region id (e.g. `municipality:delft`): holds a role at it, or at ' +
      'an organisation located in it or that nominated it for the award.',
  })
  @IsOptional()
  @IsNodeId(NodeLabel.Municipality, NodeLabel.Region)
  municipality?: string | null;
}

@ArgsType()
export class PersonListArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true, description: 'Conditions the people must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: PersonFilter | null;

  @Field(() => NameOrder, { defaultValue: NameOrder.NAME_ASC, description: 'Order by name, ties by id.' })
  orderBy: NameOrder = NameOrder.NAME_ASC;
}

/** The GraphQL side of the person kind (its model is src/model/kinds). */
export const personApi: KindApi = {
  label: NodeLabel.Person,
  type: Person,
  connection: PersonConnection,
  listArgs: PersonListArgs,
  listDescription: 'People named in the documents, page by page, filtered and ordered by name.',
  byIdDescription: 'One person by id, e.g. `person:mieke-pirson`. NOT_FOUND if there is none.',
  idDescription: 'The person id, `person:<slug>`.',
};
