import path from 'node:path';
import { PROJECT_ROOT, type Config } from '../../config/config';

/** Where the local Neo4j keeps its jars (shared by instances) and each instance's conf, data and logs. */
export interface LocalNeo4jPaths {
  lib: string;
  libStamp: string;
  pom: string;
  instance: string;
  conf: string;
  data: string;
  logs: string;
  pidFile: string;
  /** The process that holds the instance (owner.ts). */
  ownerFile: string;
  passwordFile: string;
  consoleLog: string;
}

export function localNeo4jPaths(local: Config['local']): LocalNeo4jPaths {
  const instance = path.join(local.home, local.instance);
  return {
    lib: path.join(local.home, 'lib'),
    libStamp: path.join(local.home, 'lib', '.installed'),
    pom: path.join(PROJECT_ROOT, 'src', 'db', 'local-neo4j', 'pom.xml'),
    instance,
    conf: path.join(instance, 'conf'),
    data: path.join(instance, 'data'),
    logs: path.join(instance, 'logs'),
    pidFile: path.join(instance, 'neo4j.pid'),
    ownerFile: path.join(instance, 'owner.json'),
    passwordFile: path.join(instance, 'password'),
    consoleLog: path.join(instance, 'logs', 'console.log'),
  };
}
