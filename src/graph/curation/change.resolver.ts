import { Args, Ctx, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { ErrorCode, appError } from '../../db/errors';
import { LIMITS, perItem } from '../../model';
import type { GraphContext } from '../compile/context';
import { decodeCursor, encodeCursor } from '../records/cursor';
import type { ChangeFeed } from './change-feed';
import { forViewer, readChanges, resolveSince } from './change.queries';
import { ChangesArgs, GraphChange, GraphChangeConnection, GraphChangedArgs } from './change.type';

/** The context of a subscription over WebSocket: a request's, plus the instance's live feed. */
export interface FeedContext extends GraphContext {
  feed?: ChangeFeed;
}

/** The change feed: `changes` pages through it, `graphChanged` follows it live (graphql-ws). */
@Resolver()
export class ChangeResolver {
  @Query(() => GraphChangeConnection, {
    description:
      'What changed, oldest first from `since`: every curation write and accepted proposal, numbered ' +
      'in commit order, as this caller may see it (the public never sees a restricted fact, only that ' +
      'one it saw is REMOVED, and no names of who changed it). A page may hold fewer than `first` ' +
      'changes for the public: the cursor still moves past the ones it may not see.',
    complexity: perItem(LIMITS.defaultPageSize),
  })
  async changes(
    @Args(() => ChangesArgs) { since, first, after }: ChangesArgs,
    @Ctx() { db, viewer }: GraphContext,
  ) {
    const start = after ? seqOf(after) : await resolveSince(db, since);
    const events = await readChanges(db, start, first + 1);
    const page = events.slice(0, first);
    const edges = (await forViewer(db, viewer, page)).map((node) => ({ cursor: cursorOf(node.seq), node }));
    // The cursor moves past what the public may not see: the page's last event, shown or not.
    const last = page.at(-1)?.seq;
    return {
      edges,
      pageInfo: {
        hasPreviousPage: start > 0,
        hasNextPage: events.length > first,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: last === undefined ? (after ?? null) : cursorOf(last),
      },
    };
  }

  @Subscription(() => GraphChange, {
    description:
      'Each change as it happens, over WebSocket (the graphql-ws protocol on this same `/graphql` path; ' +
      'sign in with `connectionParams: { authorization: "Bearer …" }`). What a caller sees is what ' +
      '`changes` shows it. It works across service instances on one Neo4j. Over plain HTTP: ' +
      'BAD_USER_INPUT. A subscriber that falls too far behind is ended with a reason.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, GraphChangedArgs, FeedContext>) => {
      if (!context.feed) {
        throw appError(
          ErrorCode.BAD_USER_INPUT,
          'Subscriptions are served over WebSocket (graphql-ws protocol) on /graphql, not over HTTP',
        );
      }
      return context.feed.subscribe(context.viewer, args.since);
    },
  })
  graphChanged(
    @Root() change: GraphChange,
    @Args(() => GraphChangedArgs) _args: GraphChangedArgs,
  ): GraphChange {
    return change;
  }
}

/** A change's cursor: its number, as a keyset cursor. */
function cursorOf(seq: number): string {
  return encodeCursor([String(seq).padStart(15, '0'), 'seq']);
}

function seqOf(cursor: string): number {
  const [padded, tag] = decodeCursor(cursor);
  const seq = Number(padded);
  if (tag !== 'seq' || !Number.isSafeInteger(seq)) {
    throw appError(ErrorCode.BAD_USER_INPUT, 'Argument "after" is not a cursor of changes', {
      argumentName: 'after',
    });
  }
  return seq;
}
