import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration from the environment', () => {
  it('defaults to the embedded local Neo4j and port 4000 on loopback', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.http).toMatchObject({ host: '127.0.0.1', port: 4000 });
    expect(config.local).toMatchObject({
      boltPort: 7687,
      heap: '512m',
      pageCache: '256m',
      instance: 'default',
    });
    expect(config.introspection).toBe(true);
  });

  it('turns introspection off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('accepts bolt://, neo4j:// and neo4j+s:// URIs', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://x.databases.neo4j.io']) {
      expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'secret-password' }).neo4j.uri).toBe(uri);
    }
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'eighty', NEO4J_URI: 'http://db:7474', NEO4J_HEAP: 'lots' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: /),
        expect.stringMatching(/^NEO4J_URI: must start with one of bolt:\/\//),
        expect.stringMatching(/^NEO4J_HEAP: must be a size such as 512m/),
      ]),
    );
  });

  it('requires a password for an existing database', () => {
    expect(problemsOf({ NEO4J_URI: 'neo4j://db:7687' })).toEqual([
      'NEO4J_PASSWORD: is required when NEO4J_URI points at an existing database',
    ]);
  });

  it('refuses a password Neo4j 5 would refuse', () => {
    expect(problemsOf({ NEO4J_PASSWORD: 'short' })).toEqual([
      expect.stringMatching(/^NEO4J_PASSWORD: must be at least 8/),
    ]);
  });

  it('turns the operations features on or off as documented, with bounded defaults', () => {
    const config = loadConfig({});
    expect(config.metrics).toEqual({ enabled: true, port: undefined, maxOperationNames: 100 });
    expect(config.rateLimit).toEqual({ anonymousPerMin: 0, signedInPerMin: 0 });
    expect(config.otlpEndpoint).toBeUndefined();
    expect(config.jwt).toBeUndefined();
    expect(config.logFormat).toBeUndefined();
    const set = loadConfig({
      METRICS: 'off',
      METRICS_PORT: '9464',
      LOG_FORMAT: 'pretty',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      RATE_LIMIT_ANONYMOUS_PER_MIN: '600',
      RATE_LIMIT_SIGNED_IN_PER_MIN: '6000',
      AUTH_JWKS_URL: 'https://idp.example/realms/x/protocol/openid-connect/certs',
      AUTH_ISSUER: 'https://idp.example/realms/x',
      AUTH_AUDIENCE: 'gouden-netwerk',
      AUTH_ROLES_CLAIM: 'realm_access.roles',
    });
    expect(set.metrics).toMatchObject({ enabled: false, port: 9464 });
    expect(set.logFormat).toBe('pretty');
    expect(set.otlpEndpoint).toBe('http://collector:4318');
    expect(set.rateLimit).toEqual({ anonymousPerMin: 600, signedInPerMin: 6000 });
    expect(set.jwt).toEqual({
      jwksUrl: 'https://idp.example/realms/x/protocol/openid-connect/certs',
      issuer: 'https://idp.example/realms/x',
      audience: 'gouden-netwerk',
      rolesClaim: 'realm_access.roles',
      clockToleranceS: 30,
    });
  });

  it('names each bad operations variable in one line', () => {
    expect(
      problemsOf({
        LOG_FORMAT: 'xml',
        METRICS: 'yes',
        METRICS_PORT: '70000',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
        RATE_LIMIT_ANONYMOUS_PER_MIN: '-1',
        AUTH_ROLES_CLAIM: 'realm_access..roles',
        AUTH_CLOCK_TOLERANCE_S: 'soon',
      }).sort(),
    ).toEqual([
      expect.stringMatching(/^AUTH_CLOCK_TOLERANCE_S: /),
      'AUTH_ROLES_CLAIM: must be a claim name or a dotted path such as realm_access.roles',
      expect.stringMatching(/^LOG_FORMAT: .*"pretty"\|"json"/),
      expect.stringMatching(/^METRICS: .*"on"\|"off"/),
      expect.stringMatching(/^METRICS_PORT: .*65535/),
      'OTEL_EXPORTER_OTLP_ENDPOINT: must be an http:// or https:// URL',
      expect.stringMatching(/^RATE_LIMIT_ANONYMOUS_PER_MIN: .*0/),
    ]);
  });

  it('requires the issuer and audience with a JWKS URL, so a token meant for another service fails', () => {
    expect(problemsOf({ AUTH_JWKS_URL: 'https://idp.example/certs' })).toEqual([
      'AUTH_ISSUER: is required when AUTH_JWKS_URL is set',
      'AUTH_AUDIENCE: is required when AUTH_JWKS_URL is set',
    ]);
  });

  it('names one bad variable in one line, and each of several in a line of its own', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(
      new ConfigError(['PORT: must be a whole number from 0 to 65535']),
    );
    expect(new ConfigError(['PORT: must be a whole number from 0 to 65535']).message).toBe(
      'Invalid configuration: PORT: must be a whole number from 0 to 65535',
    );
    expect(new ConfigError(['A: x', 'B: y']).message.split('\n')).toEqual([
      'Invalid configuration:',
      '  - A: x',
      '  - B: y',
    ]);
  });

  it('takes the Java of JAVA_HOME for the local Neo4j, else the PATH', () => {
    expect(loadConfig({}).local.java).toBe('java');
    expect(loadConfig({ JAVA_HOME: '/opt/jdk-17' }).local.java).toBe(path.join('/opt/jdk-17', 'bin', 'java'));
    expect(loadConfig({ OTEL_SERVICE_NAME: 'gn-test' }).otelServiceName).toBe('gn-test');
    expect(problemsOf({ DEBUG_STACK: 'yes' })).toEqual([expect.stringMatching(/^DEBUG_STACK: /)]);
  });
});
