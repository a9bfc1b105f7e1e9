/**
 * Traces with OpenTelemetry. (1) One GraphQL request, traced into the SDK's in-memory exporter by
 * the real service in a process of its own (see trace-one-request.cjs): the HTTP server span is
 * the root, the express and GraphQL spans below it, one span per Cypher statement below the
 * GraphQL execution, named by query and carrying no parameters. (2) `npm start`'s own path: with
 * OTEL_EXPORTER_OTLP_ENDPOINT set the process sends its spans over OTLP/HTTP to a collector the
 * test serves; without it, tracing is never started.
 */
import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { spawnService } from '../reliability/support';

interface SpanRecord {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  scope: string;
  attributes: Record<string, unknown>;
}

const SERVER = 1;
const CLIENT = 2;
const QUERY =
  'query Traced { municipalities(first: 2, filter: { nameContains: "Aal" }) { edges { node { id nominatedBy { node { id } } } } } }';

function ancestors(spans: SpanRecord[], span: SpanRecord): SpanRecord[] {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const chain: SpanRecord[] = [];
  for (
    let p = span.parentSpanId && byId.get(span.parentSpanId);
    p;
    p = p.parentSpanId && byId.get(p.parentSpanId)
  )
    chain.push(p);
  return chain;
}

describe('tracing', () => {
  it('traces one GraphQL request as HTTP → express → GraphQL → one span per Cypher statement', async () => {
    const script = path.join(__dirname, 'trace-one-request.cjs');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [script, process.env.TEST_NEO4J_URI ?? '', process.env.TEST_NEO4J_PASSWORD ?? '', QUERY],
      { timeout: 60_000, maxBuffer: 10_000_000 },
    );
    const { status, body, spans } = JSON.parse(stdout) as {
      status: number;
      body: { data: unknown; extensions: { roundTrips: number } };
      spans: SpanRecord[];
    };
    expect(status).toBe(200);
    expect(JSON.stringify(body.data)).toContain('municipality:aalten');

    const server = spans.filter((s) => s.kind === SERVER);
    expect(server).toHaveLength(1);
    expect(server[0].scope).toBe('@opentelemetry/instrumentation-http');
    expect(server[0].parentSpanId).toBeUndefined();
    // Apollo's start-up introspection makes traces of its own; the request's is the server span's.
    const trace = spans.filter((s) => s.traceId === server[0].traceId);

    const execute = trace.filter(
      (s) => s.scope === '@opentelemetry/instrumentation-graphql' && /^query/.test(s.name),
    );
    expect(execute).toHaveLength(1);
    expect(execute[0].name).toBe('query Traced');
    expect(ancestors(spans, execute[0])).toContainEqual(server[0]);
    const express = trace.filter((s) => s.scope === '@opentelemetry/instrumentation-express');
    expect(express.length).toBeGreaterThan(0);
    for (const e of express) expect(ancestors(spans, e)).toContainEqual(server[0]);

    const statements = spans.filter((s) => s.attributes['db.system.name'] === 'neo4j');
    expect(statements.every((s) => s.traceId === server[0].traceId)).toBe(true);
    // Compiled reads: the root field's one statement returns its nested relationship fields too.
    expect(statements.map((s) => s.name).sort()).toEqual(['neo4j compiled/municipalities']);
    expect(statements).toHaveLength(body.extensions.roundTrips);
    for (const statement of statements) {
      expect(statement.kind).toBe(CLIENT);
      expect(statement.attributes).toMatchObject({
        'db.system': 'neo4j',
        'db.namespace': 'neo4j',
        'db.operation.name': 'compiled/municipalities',
      });
      expect(ancestors(spans, statement)[0]).toEqual(execute[0]);
    }
    // Neither the statements nor any other span carries the query's values.
    expect(JSON.stringify(spans)).not.toContain('Aal"');
    expect(JSON.stringify(spans.map((s) => s.attributes))).not.toMatch(/MATCH|\$first|nameContains":"Aal/);
  }, 90_000);

  it('exports over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set, and starts nothing otherwise', async () => {
    const received: { path: string; type: string; body: string }[] = [];
    const collector = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({
          path: req.url ?? '',
          type: req.headers['content-type'] ?? '',
          body: Buffer.concat(chunks).toString(),
        });
        res.setHeader('content-type', 'application/json');
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    const traced = await spawnService({
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '200',
    });
    try {
      const res = await fetch(traced.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY }),
      });
      expect(res.status).toBe(200);
      const deadline = Date.now() + 20_000;
      while (!received.some((r) => r.body.includes('neo4j compiled/municipalities')) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      const traces = received.filter((r) => r.path === '/v1/traces');
      expect(traces.length).toBeGreaterThan(0);
      expect(received.every((r) => r.path === '/v1/traces')).toBe(true);
      const all = traces.map((r) => r.body).join('\n');
      expect(all).toContain('neo4j compiled/municipalities');
      expect(all).toContain('query Traced');
      expect(all).toContain('gouden-netwerk');
      expect(traced.lines.some((l) => l.includes('tracing: exporting spans over OTLP'))).toBe(true);
    } finally {
      traced.child.kill('SIGTERM');
      await traced.exited;
      await new Promise((resolve) => collector.close(resolve));
    }

    const untraced = await spawnService();
    try {
      expect(untraced.lines.some((l) => l.includes('tracing:'))).toBe(false);
    } finally {
      await untraced.kill();
    }
  }, 180_000);
});
