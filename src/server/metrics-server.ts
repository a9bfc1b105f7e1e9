import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import { allowMethods, errorHandler, notFound } from './http-errors';
import type { ServiceMetrics } from './metrics';

/** Serves the registry's metrics in Prometheus' text format. */
export function metricsHandler(metrics: ServiceMetrics): RequestHandler {
  return async (_req, res) => {
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.end(await metrics.registry.metrics());
  };
}

/** Listens, and resolves with the port actually bound (port 0: any free one). */
export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * METRICS_PORT: the metrics on a port of their own, same host, nothing else served there, so the
 * public port (or a proxy in front of it) need not expose them.
 */
export async function startMetricsServer(
  metrics: ServiceMetrics,
  port: number,
  host: string,
): Promise<MetricsServer> {
  const app = express();
  app.disable('x-powered-by');
  app.all('/metrics', allowMethods('GET', 'HEAD'), metricsHandler(metrics));
  app.use(notFound);
  app.use(errorHandler(false, () => undefined));
  const server = http.createServer(app);
  return {
    port: await listen(server, port, host),
    close: async () => {
      // A scraper's keep-alive connection would otherwise hold close() open.
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
