import type { Logger } from 'pino';
import type { Config } from '../config/config';
import { Database, type Credentials } from './database';
import { LocalNeo4j } from './local-neo4j/local-neo4j';

export interface OpenedDatabase {
  database: Database;
  credentials: Credentials;
  /** Set when we started the local Neo4j ourselves and must stop it on shutdown. */
  startedLocal?: LocalNeo4j;
}

/** A driver on the database, checked: one clear sentence when it is unreachable or refuses us. */
export async function connectVerified(
  config: Config,
  credentials: Credentials,
  logger: Logger,
): Promise<Database> {
  const database = Database.connect(config.neo4j, credentials, logger);
  try {
    const info = await database.verify();
    logger.info({ address: info.address, agent: info.agent }, 'connected to Neo4j');
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * NEO4J_URI set: use that database (bolt://, neo4j:// for a cluster or Aura, +s for TLS), start none.
 * Unset: the embedded default, the project's own local Neo4j, for a command that ends by itself
 * (seed, analyse): it stops that Neo4j only if it started it. The service holds its instance
 * instead, and stops its Neo4j whoever started it (src/cli/service-database.ts).
 */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenedDatabase> {
  let credentials: Credentials;
  let startedLocal: LocalNeo4j | undefined;
  if (config.neo4j.uri) {
    credentials = { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password ?? '' };
  } else {
    const local = new LocalNeo4j(config, (line) => logger.info(line));
    const started = await local.start();
    credentials = { uri: started.uri, user: started.user, password: started.password };
    if (started.startedNow) startedLocal = local;
  }
  try {
    return { database: await connectVerified(config, credentials, logger), credentials, startedLocal };
  } catch (error) {
    await startedLocal?.stop();
    throw error;
  }
}
