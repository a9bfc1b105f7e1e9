import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { GraphQLError, type GraphQLSchema, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Database } from '../db/database';
import { ErrorCode } from '../db/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { type GraphContext, createContext } from '../graph/compile/context';
import type { ChangeFeed } from '../graph/curation/change-feed';
import type { FeedContext } from '../graph/curation/change.resolver';
import { ANONYMOUS, type Viewer } from '../model';
import type { Authenticate } from './auth';
import { validationRules } from './limits';

/** Subscriptions one connection may hold, and one caller (a subject, or an address) over all its connections. */
export const SUBSCRIPTION_LIMITS = { perConnection: 5, perCaller: 20 };

interface ConnectionState {
  viewer: Viewer;
  caller: string;
  subscriptions: Set<string>;
}

function refusal(message: string, code = ErrorCode.BAD_USER_INPUT) {
  return [new GraphQLError(message, { extensions: { code } })];
}

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the HTTP server's `/graphql`:
 * signed in from `connectionParams.authorization` (or the upgrade request's Authorization header)
 * as HTTP requests are, validated by the same rules, and bounded per connection and per caller.
 */
export function serveSubscriptions(options: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  database: Database;
  feed: ChangeFeed;
  authenticate: Authenticate;
  logger: Logger;
}): { close(): Promise<void> } {
  const { httpServer, schema, database, feed, authenticate, logger } = options;
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const states = new WeakMap<object, ConnectionState>();
  const perCaller = new Map<string, number>();

  const server = useServer<Record<string, unknown>, { request: http.IncomingMessage }>(
    {
      schema,
      // The same limits as over HTTP: depth and aliases (a subscription selects one change a time).
      validate: (schema, document) => validate(schema, document, [...specifiedRules, ...validationRules()]),
      onConnect: async (ctx) => {
        const given = ctx.connectionParams?.authorization;
        const header = typeof given === 'string' ? given : ctx.extra.request.headers.authorization;
        let viewer: Viewer;
        try {
          viewer = await authenticate(header);
        } catch (error) {
          logger.info({ reason: (error as Error).message }, 'subscription sign-in refused');
          return false;
        }
        const caller = viewer.subject ?? `ip:${ctx.extra.request.socket.remoteAddress ?? '?'}`;
        states.set(ctx.extra, { viewer, caller, subscriptions: new Set() });
        return true;
      },
      onSubscribe: (ctx, id) => {
        const state = states.get(ctx.extra);
        if (!state) return refusal('Not signed in', ErrorCode.UNAUTHENTICATED);
        if (state.subscriptions.size >= SUBSCRIPTION_LIMITS.perConnection) {
          return refusal(`At most ${SUBSCRIPTION_LIMITS.perConnection} subscriptions per connection`);
        }
        const held = perCaller.get(state.caller) ?? 0;
        if (held >= SUBSCRIPTION_LIMITS.perCaller) {
          return refusal(`At most ${SUBSCRIPTION_LIMITS.perCaller} subscriptions per caller`);
        }
        state.subscriptions.add(id);
        perCaller.set(state.caller, held + 1);
        return undefined;
      },
      onComplete: (ctx, id) => release(ctx.extra, id),
      onClose: (ctx) => {
        for (const id of [...(states.get(ctx.extra)?.subscriptions ?? [])]) release(ctx.extra, id);
      },
      context: (ctx): FeedContext => ({
        ...createContext(database, randomUUID(), states.get(ctx.extra)?.viewer ?? ANONYMOUS),
        feed,
      }),
    },
    wss,
  );

  function release(extra: object, id: string): void {
    const state = states.get(extra);
    if (!state?.subscriptions.delete(id)) return;
    const held = (perCaller.get(state.caller) ?? 1) - 1;
    if (held > 0) perCaller.set(state.caller, held);
    else perCaller.delete(state.caller);
  }

  return {
    async close() {
      feed.stop();
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/**
 * Over plain HTTP a subscription would run as a query once and fail obscurely: it is refused before
 * anything runs, saying where subscriptions are served.
 */
export function refuseHttpSubscriptions(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(
            'Subscriptions are served over WebSocket (the graphql-ws protocol) on this same /graphql path, ' +
              'not over HTTP',
            { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
