import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection.type';
import { Node } from '../common/node.interface';
import { ProgrammeKind } from '../../model';

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
