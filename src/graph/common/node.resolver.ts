import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { ErrorCode, appError } from '../../db/errors';
import { NodeLabel, RelationshipType } from '../../model';
import { decodeCursor } from './cursor';
import { Evidence } from './evidence.type';
import { LIMITS, perItem } from '../../model';
import { NeighbourArgs } from './neighbours.args';
import { NeighbourConnection } from './neighbours.type';
import { Node } from './node.interface';
import { toConnection } from './page';
import { projectionFor } from './projection';
import type { EvidenceRecord, NodeRecord, RelationshipRecord } from './records';

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, {
    description: 'Any node by its id, e.g. `municipality:delft`. NOT_FOUND if there is none.',
  })
  async node(
    @Arg('id', () => ID, { description: 'The node id, `<kind>:<slug>`.' }) id: string,
    @Ctx() { loaders }: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord> {
    const node = await loaders.nodes(projectionFor(info, { nodes: [[]] })).load(id);
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
    @Info() info: GraphQLResolveInfo,
  ) {
    const projection = projectionFor(info, { nodes: [['edges', 'node']], edges: [['edges']] });
    const spec = {
      types: types?.length ? types : Object.values(RelationshipType),
      direction,
      labels: kinds?.length ? kinds : Object.values(NodeLabel),
    };
    const fetched = await loaders
      .related(spec, first + 1, after ? decodeCursor(after) : undefined, projection)
      .load(node.id);
    return toConnection(
      fetched,
      first,
      (r: RelationshipRecord) => [r.node.name, r.node.id, r.key],
      () => loaders.relatedCount(spec).load(node.id),
      (r, cursor) => ({ ...r, cursor }),
    );
  }

  @FieldResolver(() => [Evidence], { description: 'Where the documents name this node, verbatim.' })
  async evidence(@Root() node: NodeRecord, @Ctx() { loaders }: GraphContext): Promise<EvidenceRecord[]> {
    if (node.evidence) return node.evidence;
    // The read that produced this node left its evidence out (see Projection): fetch it now.
    const details = await loaders.nodeDetails.load(node.id);
    if (!details) throw new Error(`No evidence for node ${node.id}`);
    return details.evidence;
  }
}
