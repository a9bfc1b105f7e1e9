import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { runCli } from './run-cli';
import type { ServiceDatabase } from './service-database';

const USAGE = `usage: npm start
  the service: GraphQL, the explorer and the exports over Neo4j (without NEO4J_URI, the project's
  local Neo4j, started and seeded on first use). Settings are environment variables: README.md,
  "Configuration".`;

/**
 * `npm start`: the service. Without NEO4J_URI it holds the project's local Neo4j instance: a
 * second service on it is refused; a new one is seeded through the importer; Neo4j is started (or,
 * left running by a service that was killed, adopted) and the schema applied. SIGTERM or Ctrl-C
 * drains in-flight requests, closes the driver and stops that Neo4j.
 */
runCli(async () => {
  const config = loadConfig();
  // Tracing patches http and express as they are loaded, so it starts before anything requires
  // them: the rest of the service is imported only below. Without an OTLP endpoint the SDK is not
  // even loaded.
  const tracing = config.otlpEndpoint
    ? (await import('../server/tracing')).startTracing(config.otelServiceName)
    : undefined;
  const { createLogger } = await import('../server/logger');
  const { openServiceDatabase } = await import('./service-database');
  const { startServer } = await import('../server/app');
  const logger = createLogger(config);
  if (config.otlpEndpoint)
    logger.info({ endpoint: config.otlpEndpoint }, 'tracing: exporting spans over OTLP');

  type Running = { server: Awaited<ReturnType<typeof startServer>>; db: ServiceDatabase };
  /** `running` once the service serves; `pending`, a signal that came before. */
  const lifecycle: { running?: Running; pending?: { signal: string; at: number } } = {};
  let shuttingDown = false;
  const shutdown = async (signal: string, { server, db }: Running) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down: draining requests');
    try {
      await server.stop();
      logger.info('HTTP drained; closing the database driver');
      await db.close();
      await tracing?.shutdown();
      logger.info('shut down cleanly');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  // A signal during start-up (Neo4j starting, an import) waits for it to end, so that the Neo4j it
  // started is stopped in order too. A second one exits at once: the next start adopts that Neo4j.
  // One Ctrl-C can arrive twice (from the terminal, and forwarded by npm when the shell has exec'd
  // node): a repeat within a second is that, not a second press.
  const onSignal = (signal: string) => {
    if (lifecycle.running) return void shutdown(signal, lifecycle.running);
    if (lifecycle.pending) {
      if (Date.now() - lifecycle.pending.at < 1000) return;
      logger.warn({ signal }, 'exiting during start-up; the next start adopts the Neo4j left running');
      process.exit(1);
    }
    lifecycle.pending = { signal, at: Date.now() };
    logger.info({ signal }, 'stopping once start-up is through');
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));

  const db = await openServiceDatabase(config, logger);
  let server;
  try {
    server = await startServer(config, db.database, logger);
  } catch (error) {
    await db.close();
    throw error;
  }
  db.announce(server.url);
  console.log(`\nGouden Netwerk is ready.\n  GraphQL endpoint: ${server.url}`);
  console.log(`  Explorer:         ${server.explorerUrl}`);
  if (config.isDevelopment) console.log(`  Apollo Sandbox:   ${server.url.replace(/graphql$/, '')}`);
  console.log(`  Health:           ${server.url.replace(/graphql$/, 'readyz')}`);
  if (server.metricsUrl) console.log(`  Metrics:          ${server.metricsUrl}`);
  console.log('');

  lifecycle.running = { server, db };
  if (lifecycle.pending) await shutdown(lifecycle.pending.signal, lifecycle.running);
}, USAGE);
