import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection.type';
import { Node } from '../common/node.interface';
import { OrganisationType } from '../../model';

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
