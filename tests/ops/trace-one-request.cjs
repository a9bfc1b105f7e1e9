/* eslint-disable @typescript-eslint/no-require-imports */
/* global fetch, setTimeout */
/**
 * Run by tracing.test.ts as its own Node process (jest's module loader bypasses the require hooks
 * the http and express instrumentations rely on): starts tracing into the SDK's in-memory
 * exporter exactly as src/cli/start.ts does, before the server's modules are loaded, then runs
 * the real service over the test Neo4j, sends one GraphQL request and prints the finished spans
 * as JSON on stdout.
 */
const path = require('node:path');
const { InMemorySpanExporter, SimpleSpanProcessor } = require('@opentelemetry/sdk-trace-base');

const dist = path.resolve(__dirname, '..', '..', 'dist');
const exporter = new InMemorySpanExporter();
const tracing = require(path.join(dist, 'server', 'tracing.js')).startTracing('gouden-netwerk', [
  new SimpleSpanProcessor(exporter),
]);

require('reflect-metadata');
const pino = require('pino');
const { loadConfig } = require(path.join(dist, 'config', 'config.js'));
const { Database } = require(path.join(dist, 'db', 'database.js'));
const { startServer } = require(path.join(dist, 'server', 'app.js'));

async function main() {
  const [uri, password, query] = process.argv.slice(2);
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', NEO4J_URI: uri, NEO4J_PASSWORD: password });
  const database = Database.connect(config.neo4j, { uri, user: 'neo4j', password });
  const server = await startServer(config, database, pino({ level: 'silent' }));
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await res.json();
  // The server span ends when the response has been written, which may be after fetch resolved.
  for (let i = 0; i < 100 && !exporter.getFinishedSpans().some((s) => s.kind === 1); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const spans = exporter.getFinishedSpans().map((s) => ({
    name: s.name,
    kind: s.kind,
    traceId: s.spanContext().traceId,
    spanId: s.spanContext().spanId,
    parentSpanId: s.parentSpanContext?.spanId,
    scope: s.instrumentationScope.name,
    attributes: s.attributes,
  }));
  await server.stop();
  await database.close();
  await tracing.shutdown();
  process.stdout.write(JSON.stringify({ status: res.status, body, spans }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
