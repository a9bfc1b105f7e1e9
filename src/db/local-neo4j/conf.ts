import type { Config } from '../../config/config';
import type { LocalNeo4jPaths } from './paths';

/** neo4j.conf for a local instance: loopback only, authentication on, sized for a small machine. */
export function renderNeo4jConf(local: Config['local'], paths: LocalNeo4jPaths): string {
  return [
    '# Written by Gouden Netwerk on every start; edit the environment variables, not this file.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${local.boltPort}`,
    'server.bolt.enabled=true',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${local.pageCache}`,
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    'db.tx_log.rotation.retention_policy=2 files',
    // Bolt otherwise idles 5 s twice on shutdown; our clients are gone by then.
    'internal.server.bolt.connection_shutdown_wait_time=1s',
    'internal.server.bolt.thread_pool_shutdown_wait_time=1s',
    '',
  ].join('\n');
}

/** JVM flags the official bin/neo4j script passes on Java 17, plus the heap from the environment. */
export function jvmArgs(local: Config['local']): string[] {
  return [
    `-Xms${local.heap}`,
    `-Xmx${local.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    '-Dfile.encoding=UTF-8',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
  ];
}
