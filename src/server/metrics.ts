import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DbObserver } from '../db/instrumentation';
import { queryFile } from '../db/instrumentation';

/**
 * Label values a client can choose (operation names) get a series each only up to a bound: the
 * first `max` distinct values keep their own, every later one counts as `other`. A client sending
 * a thousand invented names adds one series, not a thousand.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();
  constructor(private readonly max: number) {}

  value(raw: string): string {
    const clipped = raw.slice(0, 64);
    if (this.seen.has(clipped)) return clipped;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(clipped);
    return clipped;
  }
}

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** What one GraphQL request came to, as the summary plugin reports it. */
export interface OperationOutcome {
  operationName: string | null;
  operationType: string | null;
  outcome: 'success' | 'error';
  errorCodes: string[];
  roundTrips: number;
}

/**
 * The service's Prometheus metrics, in a registry of its own (not prom-client's global one), so
 * several servers in one process (the tests) each count their own requests.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operationNames: BoundedLabel;
  // Codes come from the service, not the client, but a bound costs nothing and guards a bug.
  private readonly codes = new BoundedLabel(50);
  private readonly queries = new BoundedLabel(500);

  private readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by matched route, method and status, and how long they took',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by operation name (bounded, then "other"), type and outcome',
    labelNames: ['operation_name', 'operation_type', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors answered, by extensions.code (GraphQL errors and refusals before GraphQL)',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly roundTrips = new Histogram({
    name: 'graphql_request_round_trips',
    help: 'Cypher statements sent per GraphQL request',
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34],
    registers: [this.registry],
  });
  private readonly statementDuration = new Histogram({
    name: 'neo4j_statement_duration_seconds',
    help: 'Cypher statements by query file (cypher/queries/<query>.cypher) and outcome',
    labelNames: ['query', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.registry],
  });
  private readonly sessionsInFlight = new Gauge({
    name: 'neo4j_sessions_in_flight',
    help: 'Neo4j sessions open now, each holding (or waiting for) one pooled connection',
    registers: [this.registry],
  });
  private readonly poolMax = new Gauge({
    name: 'neo4j_connection_pool_max',
    help: 'The driver connection pool size (maxConnectionPoolSize)',
    registers: [this.registry],
  });

  constructor(maxOperationNames: number, poolSize: number) {
    this.operationNames = new BoundedLabel(maxOperationNames);
    this.poolMax.set(poolSize);
    collectDefaultMetrics({ register: this.registry });
  }

  /** For `database.instrumentation.observe`. */
  readonly db: DbObserver = {
    statement: (name, seconds, failed) =>
      this.statementDuration.observe(
        { query: this.queries.value(queryFile(name)), outcome: failed ? 'error' : 'success' },
        seconds,
      ),
    sessions: (delta) => this.sessionsInFlight.inc(delta),
  };

  http(route: string, method: string, status: number, seconds: number): void {
    const m = HTTP_METHODS.has(method) ? method : 'other';
    this.httpDuration.observe({ route, method: m, status: String(status) }, seconds);
  }

  error(code: string): void {
    this.errors.inc({ code: this.codes.value(code) });
  }

  operation(o: OperationOutcome): void {
    // No type: the document did not parse or validate, so there is no operation to name.
    const name =
      o.operationType === null
        ? '(none)'
        : o.operationName === null
          ? '(anonymous)'
          : this.operationNames.value(o.operationName);
    this.operations.inc({
      operation_name: name,
      operation_type: o.operationType ?? '(none)',
      outcome: o.outcome,
    });
    for (const code of new Set(o.errorCodes)) this.error(code);
    this.roundTrips.observe(o.roundTrips);
  }
}
