import { type Context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

/** Told about every Cypher statement and session; the server's metrics register one. */
export interface DbObserver {
  /** A named statement ended after `seconds`; `failed` when it threw. */
  statement?(name: string, seconds: number, failed: boolean): void;
  /** A session was opened (+1) or closed (-1). */
  sessions?(delta: 1 | -1): void;
}

/**
 * `network/neighbourhood#AWARDED_BY|RUNS` → `network/neighbourhood`: the file a statement comes
 * from. Clients choose the relationship types, so only the file name is a bounded label; the full
 * name stays in the span's attributes.
 */
export const queryFile = (name: string) => name.split('#')[0];

// Without a registered tracer provider (OTEL_EXPORTER_OTLP_ENDPOINT unset) the API hands out a
// no-op tracer: a span then costs a few allocations and nothing is recorded.
const tracer = trace.getTracer('gouden-netwerk/db');

/**
 * Spans and timings of the statements the Database runs: one CLIENT span per statement, named
 * after its query file, with `db.system.name=neo4j` and the query's name but never its text or
 * parameters (they can carry restricted text). Observers get the duration by name.
 */
export class DbInstrumentation {
  private readonly observers = new Set<DbObserver>();

  constructor(private readonly databaseName: string) {}

  /** Adds an observer; the function returned removes it again. */
  observe(observer: DbObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  sessionOpened(): void {
    for (const o of this.observers) o.sessions?.(1);
  }

  sessionClosed(): void {
    for (const o of this.observers) o.sessions?.(-1);
  }

  /**
   * Runs one statement inside its span. `parent` is the context the caller was in when the
   * transaction began: the driver may call back from another request's socket event, so the
   * active context at this point is not to be trusted.
   */
  statement<T>(name: string, parent: Context, run: () => Promise<T>): Promise<T> {
    const file = queryFile(name);
    const attributes = {
      'db.system': 'neo4j',
      'db.system.name': 'neo4j',
      'db.namespace': this.databaseName,
      'db.operation.name': name,
      'db.query.summary': file,
    };
    return tracer.startActiveSpan(
      `neo4j ${file}`,
      { kind: SpanKind.CLIENT, attributes },
      parent,
      async (span) => {
        const started = process.hrtime.bigint();
        let failed = false;
        try {
          return await run();
        } catch (error) {
          failed = true;
          // The code only: a driver message can quote the statement or its values.
          const code = (error as { code?: string }).code ?? 'error';
          span.setStatus({ code: SpanStatusCode.ERROR, message: code });
          span.setAttribute('error.type', code);
          throw error;
        } finally {
          span.end();
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          for (const o of this.observers) o.statement?.(name, seconds, failed);
        }
      },
    );
  }
}
