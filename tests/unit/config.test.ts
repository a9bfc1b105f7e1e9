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
});
