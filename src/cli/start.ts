import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { openDatabase } from '../db/open-database';
import { startServer } from '../server/app';
import { createLogger } from '../server/logger';
import { prepareDatabase } from '../seed/prepare';
import { LocalNeo4j } from '../db/local-neo4j/local-neo4j';
import { bulkSeed, isNewLocalInstance } from '../seed/bulk/seed-bulk';
import { SEEDS_DIR } from '../seed/seed';
import { runCli } from './run-cli';

/**
 * `npm start`: the service. Without NEO4J_URI it starts the project's local Neo4j first, applies the
 * schema and seeds an empty database. SIGTERM or Ctrl-C drains in-flight requests, closes the driver
 * and stops the Neo4j it started.
 */
runCli(async () => {
  const config = loadConfig();
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
  if (config.isDevelopment) console.log(`  Apollo Sandbox:   ${server.url.replace(/graphql$/, '')}`);
  console.log(`  Health:           ${server.url.replace(/graphql$/, 'readyz')}\n`);

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
