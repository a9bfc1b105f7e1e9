import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import { exportRouter } from './export.routes';
import { ExportFile } from '../analytics/export';
import type { Config } from '../config/config';
import { type Database, MAX_CONNECTION_POOL_SIZE } from '../db/database';
import { LIMITS } from '../model';
import { createAuthenticator, identify, refuseBadCredentials, viewerOf } from './auth';
import { createContext, type GraphContext } from '../graph/compile/context';
import { createErrorFormatter } from './errors';
import { explorerRouter } from './explorer.routes';
import { sandboxOperation } from './examples';
import { allowMethods, errorHandler, notFound, requireJsonBody } from './http-errors';
import { observeHttp, requestIdOf, routeLabel } from './http-observer';
import { complexityLimitPlugin, validationRules } from './limits';
import { ServiceMetrics } from './metrics';
import { listen, metricsHandler, startMetricsServer } from './metrics-server';
import { operationSummaryPlugin } from './operation-summary';
import { rateLimiter } from './rate-limit';
import { buildGraphSchema } from './schema';
import { refuseHttpSubscriptions, serveSubscriptions } from './subscriptions';
import { ChangeFeed, FEED_LIMITS } from '../graph/curation/change-feed';

export interface RunningServer {
  url: string;
  /** Where Prometheus scrapes: `/metrics` on the public port, or on METRICS_PORT; unset with METRICS=off. */
  metricsUrl?: string;
  /** The web explorer's address (`/explore`). */
  explorerUrl: string;
  httpServer: http.Server;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), then resolves. */
  stop(): Promise<void>;
}

/**
 * Development only: the Cypher round trips a request made, so clients and tests can see they stay
 * flat, and the statements themselves (name, text, parameters' names; never the values).
 */
function roundTripsPlugin(showCypher: boolean): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            roundTrips: contextValue.db.roundTrips,
            ...(showCypher ? { cypher: contextValue.db.statements } : {}),
          };
        },
      };
    },
  };
}

export async function startServer(
  config: Config,
  database: Database,
  logger: Logger,
): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // Behind N proxies, req.ip (the rate limit's key) is the address the Nth proxy saw.
  app.set('trust proxy', config.trustProxyHops);
  const httpServer = http.createServer(app);
  // Once a request's headers are in, it is in flight: a graceful stop lets it finish. (The
  // shutdown test waits for this line before it sends SIGTERM.)
  httpServer.on('request', (req: http.IncomingMessage) =>
    logger.debug(
      { requestId: req.headers['x-request-id'], method: req.method, url: req.url },
      'request received',
    ),
  );
  let stopping = false;

  const metrics = config.metrics.enabled
    ? new ServiceMetrics(config.metrics.maxOperationNames, MAX_CONNECTION_POOL_SIZE)
    : undefined;
  const unobserve = metrics ? database.instrumentation.observe(metrics.db) : () => undefined;
  // The HTTP response of each GraphQL request, so its summary can mark it logged. Keyed by the
  // request's RequestDb: Apollo hands plugins a shallow copy of the context, not the object itself.
  const responses = new WeakMap<object, Response>();

  const schema = await buildGraphSchema();
  const apollo = new ApolloServer<GraphContext>({
    schema,
    logger,
    validationRules: validationRules(),
    // Token flooding is refused by the parser itself.
    parseOptions: { maxTokens: LIMITS.maxTokens },
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.env === 'development',
    formatError: createErrorFormatter(config.env === 'development', logger),
    csrfPrevention: true,
    // We own the lifecycle: drain HTTP, close the driver, then stop Neo4j, in that order.
    stopOnTerminationSignals: false,
    plugins: [
      // We set no cache hints: without this, Apollo's default cache-control plugin wraps every
      // field resolver (willResolveField) to compute a policy nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.http.shutdownGraceMs }),
      config.isDevelopment
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, document: sandboxOperation() })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
      complexityLimitPlugin(schema),
      refuseHttpSubscriptions(),
      // The Cypher text only with NODE_ENV=development: it is for a developer's eyes, not for tests'
      // leak walks, which read whole responses. It is the text sent, which has no comments (the query
      // registry drops them: a named query's comments say what it keeps out, and where that is).
      ...(config.isDevelopment ? [roundTripsPlugin(config.env === 'development')] : []),
      // One log line per GraphQL request: what it was and how it went, never what it carried.
      operationSummaryPlugin((summary, context) => {
        const res = responses.get(context.db);
        if (res) res.locals.graphqlLogged = true;
        metrics?.operation(summary);
        logger.info(summary, 'graphql request');
      }),
    ],
  });
  await apollo.start();
  // Subscriptions over WebSocket on the same path: the live change feed, polled from Neo4j so that
  // changes written through any instance reach every instance's subscribers.
  const subscriptions = serveSubscriptions({
    httpServer,
    schema,
    database,
    feed: new ChangeFeed(database, FEED_LIMITS, (err) => logger.warn({ err }, 'change feed poll failed')),
    authenticate: createAuthenticator(config),
    logger,
  });

  app.use(observeHttp(logger, metrics));
  for (const probe of ['/healthz', '/readyz']) app.all(probe, routeLabel(probe), allowMethods('GET', 'HEAD'));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await database.verify();
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'Neo4j is not reachable' });
    }
  });

  const metricsServer =
    metrics && config.metrics.port !== undefined
      ? await startMetricsServer(metrics, config.metrics.port, config.http.host)
      : undefined;
  if (metrics && !metricsServer) {
    app.all('/metrics', routeLabel('/metrics'), allowMethods('GET', 'HEAD'), metricsHandler(metrics));
  }

  // The public endpoints: who is asking (a bad token is refused only after the rate limit has
  // counted it against the sender's address), then the budget per minute.
  const limiter = rateLimiter(config.rateLimit);
  const caller: RequestHandler[] = [
    identify(createAuthenticator(config), logger),
    ...(limiter ? [limiter] : []),
    refuseBadCredentials,
  ];

  for (const file of Object.values(ExportFile)) {
    app.all(`/export/${file}`, routeLabel(`/export/${file}`), allowMethods('GET', 'HEAD'));
  }
  app.use('/export', ...caller, exportRouter(database));
  // The explorer: static files, public (it asks GraphQL and the exports as its viewer).
  app.use('/explore', routeLabel('/explore'), explorerRouter());

  const graphql = expressMiddleware(apollo, {
    context: async ({ res }) => {
      // A client that goes away before its answer is written: its analysis (seconds of reading and
      // computing) stops with it (src/analytics) instead of finishing for no one.
      const gone = new AbortController();
      res.once('close', () => {
        if (!res.writableFinished) gone.abort(new Error('The client went away'));
      });
      const context = createContext(database, requestIdOf(res), viewerOf(res), gone.signal);
      responses.set(context.db, res);
      return context;
    },
  });
  const graphqlChain = [
    allowMethods('GET', 'POST'),
    requireJsonBody,
    ...caller,
    express.json({ limit: '256kb' }),
    graphql,
  ];
  app.all('/graphql', routeLabel('/graphql'), ...graphqlChain);
  // The Sandbox is served at the root in development, pointing at the same schema.
  if (config.isDevelopment) app.all('/', routeLabel('/'), ...graphqlChain);

  app.use(notFound);
  app.use(errorHandler(config.env === 'development', (err) => logger.error({ err }, 'unexpected error')));

  let port: number;
  try {
    port = await listen(httpServer, config.http.port, config.http.host);
  } catch (error) {
    // The public port is taken: leave nothing of this server behind.
    unobserve();
    await metricsServer?.close();
    throw error;
  }
  const host = config.http.host === '0.0.0.0' ? 'localhost' : config.http.host;
  const base = `http://${host}:${port}`;
  return {
    url: `${base}/graphql`,
    metricsUrl: metricsServer
      ? `http://${host}:${metricsServer.port}/metrics`
      : metrics
        ? `${base}/metrics`
        : undefined,
    explorerUrl: `${base}/explore`,
    httpServer,
    async stop() {
      stopping = true;
      try {
        await subscriptions.close();
        await apollo.stop();
      } finally {
        unobserve();
        await metricsServer?.close();
      }
    },
  };
}
