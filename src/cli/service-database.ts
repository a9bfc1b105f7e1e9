import type { Logger } from 'pino';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import { LocalNeo4j } from '../db/local-neo4j/local-neo4j';
import { InstanceClaim } from '../db/local-neo4j/owner';
import { connectVerified, openDatabase } from '../db/open-database';
import { bulkSeed, isNewLocalInstance } from '../seed/bulk/seed-bulk';
import { prepareDatabase } from '../seed/prepare';
import { SEEDS_DIR } from '../seed/seed';

/** The refusal's second sentence: how to run a second service beside the first. */
const SECOND_SERVICE =
  'Stop that one first, or give a second service its own instance and ports, e.g. ' +
  'PORT=4001 NEO4J_INSTANCE=second NEO4J_BOLT_PORT=7688 npm start';

export interface ServiceDatabase {
  database: Database;
  /** Records where the service serves, for the refusal a second service on the instance gets. */
  announce(url: string): void;
  /** Closes the driver, then stops the local Neo4j of the service's instance and gives it up. */
  close(): Promise<void>;
}

/** A database to serve from: the schema applied and, when it is empty, the seeds loaded. */
async function prepared(database: Database, logger: Logger): Promise<Database> {
  try {
    await prepareDatabase(database, logger);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * The local instance's database. A new instance gets the seeds through neo4j-admin's importer,
 * then Neo4j is started once on the imported store and the schema applied (bulkSeed): it is ready
 * as it is. An existing one is started, or adopted when its JVM already runs.
 */
async function openLocal(config: Config, local: LocalNeo4j, logger: Logger): Promise<Database> {
  if (await isNewLocalInstance(config, local)) {
    logger.info('new local database: importing the seeds with neo4j-admin');
    const log = (line: string) => logger.info(line);
    const { database, report } = await bulkSeed(config, local, SEEDS_DIR, log, logger);
    logger.info(report, 'seeded through the importer');
    return database;
  }
  const started = await local.start();
  return prepared(await connectVerified(config, started, logger), logger);
}

/**
 * The service's database, ready to serve. With NEO4J_URI, that server's: never started or stopped
 * here. Else the local instance, claimed for this service first: while it runs, a second service
 * on the instance is refused rather than sharing it. Its Neo4j is ours whoever started it (this
 * service, `db:start`, or a service killed with SIGKILL, whose JVM outlives it), so closing stops it.
 */
export async function openServiceDatabase(config: Config, logger: Logger): Promise<ServiceDatabase> {
  if (config.neo4j.uri) {
    const { database } = await openDatabase(config, logger);
    await prepared(database, logger);
    return { database, announce: () => undefined, close: () => database.close() };
  }
  const local = new LocalNeo4j(config, (line) => logger.info(line));
  const claim = InstanceClaim.take(local.paths, {
    holder: 'a service',
    boltPort: config.local.boltPort,
    hint: SECOND_SERVICE,
  });
  if (claim.previous)
    logger.info({ pid: claim.previous.pid }, 'the service that held this instance is gone: taking it over');
  // Given up only once its JVM has exited, so that nobody adopts a Neo4j on its way down.
  const stopLocal = async () => {
    try {
      await local.stop();
    } finally {
      claim.release();
    }
  };
  let database: Database;
  try {
    database = await openLocal(config, local, logger);
  } catch (error) {
    await stopLocal();
    throw error;
  }
  return {
    database,
    announce: (url) => claim.announce(url),
    async close() {
      try {
        await database.close();
      } finally {
        await stopLocal();
      }
    },
  };
}
