import { ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection.type';
import { Node } from '../common/node.interface';

@ObjectType({
  implements: Node,
  description: 'A topic that programmes and quotes concern, e.g. jeugdhulp, dementie, schuldhulp.',
})
export class Theme extends Node {}

export const ThemeConnection = connectionOf(Theme);
