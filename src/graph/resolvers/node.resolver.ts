import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../compile/context';
import { LIMITS, perItem } from '../../model';
import { compiledPrecedes, readById } from '../compile/read';
import { compiledField } from './compiled-field';
import { decodeCursor } from '../records/cursor';
import { Evidence } from '../types/evidence.type';
import { NeighbourArgs } from '../types/neighbours.args';
import { NeighbourConnection } from '../types/neighbours.type';
import { Node } from '../types/node.interface';
import { toConnection } from '../compile/page';
import type { EvidenceRecord, NodeRecord, RelationshipRecord } from '../records/records';

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
  neighbours(
    @Root() node: NodeRecord,
    @Args() { first, after }: NeighbourArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Decoded here too: a cursor that does not decode is reported as the argument's error.
    if (after) decodeCursor(after);
    const page = compiledField<{ items: RelationshipRecord[]; total?: number; precedes?: boolean }>(
      node,
      info,
    );
    return toConnection(
      page.items,
      first,
      (r: RelationshipRecord) => [r.node.name, r.node.id, r.key],
      async () => page.total ?? 0,
      { after, precedes: async () => compiledPrecedes(page, 'neighbours') },
      (r, cursor) => ({ ...r, cursor }),
    );
  }

  @FieldResolver(() => [Evidence], { description: 'Where the documents name this node, verbatim.' })
  evidence(@Root() node: NodeRecord): EvidenceRecord[] {
    return selected(node.evidence, `evidence of ${node.id}`);
  }
}

/** A value the compiled read returns whenever it is selected. */
export function selected<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The compiled read left out the ${what}`);
  return value;
}
