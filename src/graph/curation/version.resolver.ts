import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Node } from '../types/node.interface';
import type { NodeRecord } from '../records/records';

/** Every node's version, which the update mutations take as `expectedVersion`. */
@Resolver(() => Node)
export class NodeVersionResolver {
  @FieldResolver(() => Int, {
    description:
      'Goes up by one with every change; pass the version you read as `expectedVersion` to an update ' +
      'mutation, which refuses (CONFLICT) if someone changed the node meanwhile.',
  })
  version(@Root() node: NodeRecord): number {
    return (node.version as number | null | undefined) ?? 1;
  }
}
