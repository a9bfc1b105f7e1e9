import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { LIMITS, perItem } from '../../model';
import { ThemeListArgs } from './theme.input';
import { getTheme, listThemes } from './theme.queries';
import { Theme, ThemeConnection } from './theme.type';

@Resolver(() => Theme)
export class ThemeResolver {
  @Query(() => ThemeConnection, {
    description:
      'Themes (topics) that programmes and quotes concern, page by page, filtered and ordered by name.',
    complexity: perItem(LIMITS.defaultPageSize),
  })
  themes(@Args() args: ThemeListArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return listThemes(ctx, args, info);
  }

  @Query(() => Theme, { description: 'One theme by id, e.g. `theme:jeugdhulp`. NOT_FOUND if there is none.' })
  theme(
    @Arg('id', () => ID, { description: 'The theme id, `theme:<slug>`.' }) id: string,
    @Ctx() ctx: GraphContext,
  ) {
    return getTheme(ctx, id);
  }
}
