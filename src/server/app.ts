import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import { exportRouter } from './export.routes';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import { LIMITS } from '../model';
import { authenticate } from './auth';
import { createContext, type GraphContext } from '../graph/context';
import { createErrorFormatter } from './errors';
import { sandboxOperation } from './examples';
import { complexityLimitPlugin, validationRules } from './limits';
import { buildGraphSchema } from './schema';

export interface RunningServer {
  url: string;
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
      // The Cypher text only with NODE_ENV=development: it is for a developer's eyes, not for tests'
      // leak walks, which read whole responses (a named query's comments quote what they keep out).
      ...(config.isDevelopment ? [roundTripsPlugin(config.env === 'development')] : []),
    ],
  });
  await apollo.start();

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

  app.use('/export', exportRouter(database, config));

  const graphql = expressMiddleware(apollo, {
    context: async ({ req }) =>
      createContext(
        database,
        req.header('x-request-id') ?? undefined,
        authenticate(req.header('authorization'), config.authTokens),
      ),
  });
  const jsonBody = express.json({ limit: '256kb' });
  app.use('/graphql', jsonBody, graphql);
  // The Sandbox is served at the root in development, pointing at the same schema.
  if (config.isDevelopment) app.use('/', jsonBody, graphql);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.http.port, config.http.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.http.host === '0.0.0.0' ? 'localhost' : config.http.host;
  return {
    url: `http://${host}:${port}/graphql`,
    httpServer,
    async stop() {
      stopping = true;
      await apollo.stop();
    },
  };
}
