import { ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection.type';
import { Node } from '../common/node.interface';

@ObjectType({
  implements: Node,
  description: 'Gemeenten that act and are awarded together, e.g. regio Midden-Limburg (7 members).',
})
export class Region extends Node {}

export const RegionConnection = connectionOf(Region);
