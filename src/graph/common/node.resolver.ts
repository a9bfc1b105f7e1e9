import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { NodeLabel, RelationshipType } from '../../model';
import { decodeCursor } from './cursor';
import { Evidence } from './evidence.type';
import { LIMITS, perItem } from '../../model';
import { NeighbourArgs } from './neighbours.args';
import { NeighbourConnection } from './neighbours.type';
import { Node } from './node.interface';
import { toConnection } from './page';
import { compiledPrecedes, readById } from '../compile/read';
import { projectionFor } from './projection';
import type { EvidenceRecord, NodeRecord, RelationshipRecord } from './records';

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, {
    description: 'Any node by its id, e.g. `municipality:delft`. NOT_FOUND if there is none.',
  })
  async node(
    @Arg('id', () => ID, { description: 'The node id, `<kind>:<slug>`.' }) id: string,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord> {
    return readById(ctx, info, id);
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
    const keyset = after ? decodeCursor(after) : undefined;
    const compiled = node._?.[info.path.key] as
      { items: RelationshipRecord[]; total?: number; precedes?: boolean } | undefined;
    if (compiled) {
      return toConnection(
        compiled.items,
        first,
        (r: RelationshipRecord) => [r.node.name, r.node.id, r.key],
        async () => compiled.total ?? 0,
        { after, precedes: async () => compiledPrecedes(compiled, 'neighbours') },
        (r, cursor) => ({ ...r, cursor }),
      );
    }
    const projection = projectionFor(info, { nodes: [['edges', 'node']], edges: [['edges']] });
    const spec = {
      types: types?.length ? types : Object.values(RelationshipType),
      direction,
      labels: kinds?.length ? kinds : Object.values(NodeLabel),
    };
    const fetched = await loaders.related(spec, first + 1, keyset, projection).load(node.id);
    return toConnection(
      fetched,
      first,
      (r: RelationshipRecord) => [r.node.name, r.node.id, r.key],
      () => loaders.relatedCount(spec).load(node.id),
      {
        after,
        precedes: async () => (keyset ? loaders.relatedPrecedes(spec, keyset).load(node.id) : false),
      },
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
