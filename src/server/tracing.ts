import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';

export interface Tracing {
  /** Flushes the spans not yet exported and stops the SDK. */
  shutdown(): Promise<void>;
}

/** Probes and scrapes every few seconds would drown the traces that matter. */
const UNTRACED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Starts OpenTelemetry tracing: the http, express and graphql instrumentations plus the spans
 * src/db makes for each Cypher statement. It patches `http` and `express` as they are required, so
 * it must run before the server's modules are loaded: src/cli/start.ts calls it first and only
 * then imports the app. Exported over OTLP/HTTP, configured by the standard OTEL_EXPORTER_OTLP_*
 * variables; `serviceName` is OTEL_SERVICE_NAME as the config validated it; `spanProcessors`
 * replaces the exporter (the tests keep spans in memory). Only traces: metrics are Prometheus'
 * (/metrics) and logs pino's, so the SDK gets no metric readers and no log processors (given here,
 * it does not make its own from OTEL_METRICS_EXPORTER / OTEL_LOGS_EXPORTER).
 */
export function startTracing(serviceName: string, spanProcessors?: SpanProcessor[]): Tracing {
  const sdk = new NodeSDK({
    serviceName,
    spanProcessors: spanProcessors ?? [new BatchSpanProcessor(new OTLPTraceExporter())],
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.has((req.url ?? '').split('?')[0]),
      }),
      new ExpressInstrumentation(),
      // A span per resolver would dwarf the work; the operation span and the statements tell it.
      new GraphQLInstrumentation({ ignoreResolveSpans: true, mergeItems: true }),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
