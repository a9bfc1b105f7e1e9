import { loadConfig } from '../config/config';
import { installNeo4j } from '../db/local-neo4j/install';
import { LocalNeo4j } from '../db/local-neo4j/local-neo4j';
import { InstanceInUseError, liveOwner } from '../db/local-neo4j/owner';
import { runCli } from './run-cli';

const USAGE = `usage: npm run db:install | db:start | db:stop | db:status
  install  resolve the Neo4j jars with Maven into .neo4j/lib
  start    start the local Neo4j of NEO4J_INSTANCE (default "default")
  stop     stop it (refused while a service holds the instance)
  status   whether it runs, on which Bolt port, and who holds it (exit 3: stopped)`;

/** Manages the project's local Neo4j (the instance named by NEO4J_INSTANCE, "default" unless set). */
runCli(async () => {
  const command = process.argv[2];
  const config = loadConfig();
  const local = new LocalNeo4j(config);
  const owner = liveOwner(local.paths);
  switch (command) {
    case 'install':
      await installNeo4j(local.paths, console.log);
      console.log(`Neo4j jars installed in ${local.paths.lib}`);
      return 0;
    case 'start': {
      const started = await local.start();
      console.log(
        `Neo4j running: ${started.uri} (user ${started.user}; password in ${local.paths.passwordFile})`,
      );
      return 0;
    }
    case 'stop':
      // Not from under a running service: it stops its Neo4j itself when it stops.
      if (owner)
        throw new InstanceInUseError(owner, local.paths.instance, 'Stop that one: it stops its Neo4j.');
      if (!(await local.stop())) console.log('Neo4j was not running');
      return 0;
    case 'status': {
      const status = await local.status();
      console.log(status.running ? `running (pid ${status.pid}) on ${status.uri}` : 'stopped');
      if (owner)
        console.log(`held by ${owner.holder} (pid ${owner.pid}${owner.url ? `, ${owner.url}` : ''})`);
      return status.running ? 0 : 3;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}, USAGE);
