import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { openDatabase } from '../db/open-database';
import { startServer } from '../server/app';
import { createLogger } from '../server/logger';
import { prepareDatabase } from '../seed/prepare';
import { runCli } from './run-cli';

/**
 * `npm start`: the service. Without NEO4J_URI it starts the project's local Neo4j first, applies the
 * schema and seeds an empty database. SIGTERM or Ctrl-C drains in-flight requests, closes the driver
 * and stops the Neo4j it started.
 */
runCli(async () => {
  const config = loadConfig();
  const logger = createLogger(config);
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
