import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import { Criterion } from '../kinds/criterion';
import { Programme } from '../kinds/programme';
import { Quote } from '../kinds/quote';
import type { NodeRecord } from './records';

/** A long text from the record, or, when the read left texts out (see Projection), from nodeDetails. */
async function longText(
  node: NodeRecord,
  property: 'text' | 'description',
  { loaders }: GraphContext,
): Promise<string | null> {
  if (!node.textsOmitted) return (node[property] as string | null | undefined) ?? null;
  const details = await loaders.nodeDetails.load(node.id);
  if (!details) throw new Error(`No ${property} for node ${node.id}`);
  return details[property];
}

// The fields keep the type and description of their @Field declarations.
@Resolver(() => Quote)
export class QuoteTextResolver {
  @FieldResolver()
  text(@Root() node: NodeRecord, @Ctx() ctx: GraphContext) {
    return longText(node, 'text', ctx);
  }
}

@Resolver(() => Criterion)
export class CriterionTextResolver {
  @FieldResolver()
  text(@Root() node: NodeRecord, @Ctx() ctx: GraphContext) {
    return longText(node, 'text', ctx);
  }
}

@Resolver(() => Programme)
export class ProgrammeDescriptionResolver {
  @FieldResolver()
  description(@Root() node: NodeRecord, @Ctx() ctx: GraphContext) {
    return longText(node, 'description', ctx);
  }
}
