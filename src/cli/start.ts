import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { runCli } from './run-cli';

/**
 * `npm start`: the service. Without NEO4J_URI it starts the project's local Neo4j first, applies the
 * schema and seeds an empty database. SIGTERM or Ctrl-C drains in-flight requests, closes the driver
 * and stops the Neo4j it started.
 */
runCli(async () => {
  const config = loadConfig();
  // Tracing patches http and express as they are loaded, so it starts before anything requires
  // them: the rest of the service is imported only below. Without an OTLP endpoint the SDK is not
  // even loaded.
  const tracing = config.otlpEndpoint ? (await import('../server/tracing')).startTracing() : undefined;
  const { createLogger } = await import('../server/logger');
  const { openDatabase } = await import('../db/open-database');
  const { prepareDatabase } = await import('../seed/prepare');
  const { startServer } = await import('../server/app');
  const { LocalNeo4j } = await import('../db/local-neo4j/local-neo4j');
  const { bulkSeed, isNewLocalInstance } = await import('../seed/bulk/seed-bulk');
  const { SEEDS_DIR } = await import('../seed/seed');
  const logger = createLogger(config);
  // A local instance that never started is empty: the seeds go in through Neo4j's importer first.
  const local = new LocalNeo4j(config, (line) => logger.info(line));
  if (await isNewLocalInstance(config, local)) {
    logger.info('new local database: importing the seeds with neo4j-admin');
    const { database, report } = await bulkSeed(config, local, SEEDS_DIR, (line) => logger.info(line));
    await database.close();
    await local.stop();
    logger.info(report, 'seeded through the importer');
  }
  if (config.otlpEndpoint)
    logger.info({ endpoint: config.otlpEndpoint }, 'tracing: exporting spans over OTLP');
  const opened = await openDatabase(config, logger);
  let server;
  try {
    await prepareDatabase(opened.database, logger);
    server = await startServer(config, opened.database, logger);
  } catch (error) {
    await opened.database.close();
    await opened.startedLocal?.stop();
    throw error;
  }
  console.log(`\nGouden Netwerk is ready.\n  GraphQL endpoint: ${server.url}`);
  console.log(`  Explorer:         ${server.explorerUrl}`);
  if (config.isDevelopment) console.log(`  Apollo Sandbox:   ${server.url.replace(/graphql$/, '')}`);
  console.log(`  Health:           ${server.url.replace(/graphql$/, 'readyz')}`);
  if (server.metricsUrl) console.log(`  Metrics:          ${server.metricsUrl}`);
  console.log('');

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down: draining requests');
    try {
      await server.stop();
      logger.info('HTTP drained; closing the database driver');
      await opened.database.close();
      await opened.startedLocal?.stop();
      await tracing?.shutdown();
      logger.info('shut down cleanly');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
});
