import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { LIMITS, perItem } from '../../model';
import { QuoteListArgs } from './quote.input';
import { getQuote, listQuotes } from './quote.queries';
import { Quote, QuoteConnection } from './quote.type';

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => QuoteConnection, {
    description: 'Verbatim quotes, page by page, filtered and ordered by name (their opening words).',
    complexity: perItem(LIMITS.defaultPageSize),
  })
  quotes(@Args() args: QuoteListArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return listQuotes(ctx, args, info);
  }

  @Query(() => Quote, {
    description:
      'One quote by id, e.g. `quote:mieke-pirson-met-name-de-jeugdhulp`. NOT_FOUND if there is none.',
  })
  quote(
    @Arg('id', () => ID, { description: 'The quote id, `quote:<slug>`.' }) id: string,
    @Ctx() ctx: GraphContext,
  ) {
    return getQuote(ctx, id);
  }
}
