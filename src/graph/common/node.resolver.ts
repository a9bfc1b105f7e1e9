import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../../server/context';
import { ErrorCode, appError } from '../../db/errors';
import { NodeLabel, RelationshipType } from '../model';
import { decodeCursor } from './cursor';
import { LIMITS, perItem } from './limits';
import { NeighbourArgs } from './neighbours.args';
import { NeighbourConnection } from './neighbours.type';
import { Node } from './node.interface';
import { toConnection } from './page';
import type { NodeRecord, RelationshipRecord } from './records';

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, {
    description: 'Any node by its id, e.g. `municipality:delft`. NOT_FOUND if there is none.',
  })
  async node(
    @Arg('id', () => ID, { description: 'The node id, `<kind>:<slug>`.' }) id: string,
    @Ctx() { loaders }: GraphContext,
  ): Promise<NodeRecord> {
    const node = await loaders.nodeById.load(id);
    if (!node) throw appError(ErrorCode.NOT_FOUND, `No node with id "${id}"`, { argumentName: 'id' });
    return node;
  }

  @FieldResolver(() => NeighbourConnection, {
    description:
      'The nodes joined to this one, with each relationship and its evidence; filtered by relationship ' +
      'type, direction and kind; paged by name.',
    complexity: perItem(LIMITS.defaultPageSize),
  })
  async neighbours(
    @Root() node: NodeRecord,
    @Args() { types, direction, kinds, first, after }: NeighbourArgs,
    @Ctx() { loaders }: GraphContext,
  ) {
    const spec = {
      types: types?.length ? types : Object.values(RelationshipType),
      direction,
      labels: kinds?.length ? kinds : Object.values(NodeLabel),
    };
    const fetched = await loaders
      .related(spec, first + 1, after ? decodeCursor(after) : undefined)
      .load(node.id);
    return toConnection(
      fetched,
      first,
      (r: RelationshipRecord) => [r.node.name, r.node.id, r.key],
      () => loaders.relatedCount(spec).load(node.id),
      (r, cursor) => ({ ...r, cursor }),
    );
  }
}
