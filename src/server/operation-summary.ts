import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphContext } from '../graph/compile/context';
import type { Viewer } from '../model';
import type { OperationOutcome } from './metrics';

/** Everything the request log line and the metrics say about one GraphQL request. */
export interface OperationSummary extends OperationOutcome {
  requestId: string;
  durationMs: number;
  status: number;
  role: string;
}

/** The one role a log line names: the strongest the viewer holds. */
export function roleOf(viewer: Viewer): string {
  if (viewer.subject === null) return 'anonymous';
  if (viewer.roles.has('editor')) return 'editor';
  if (viewer.roles.has('researcher')) return 'researcher';
  return 'signed-in';
}

/**
 * Sums up each GraphQL request once its response is ready: the operation as the parsed document
 * names it (never the client's `operationName` string, never variables or the query text), the
 * Cypher round trips, the error codes after formatting, and who asked by role only.
 */
export function operationSummaryPlugin(
  done: (summary: OperationSummary, context: GraphContext) => void,
): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, contextValue, operation }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          done(
            {
              requestId: contextValue.requestId,
              operationName: operation?.name?.value.slice(0, 100) ?? null,
              operationType: operation?.operation ?? null,
              durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
              roundTrips: contextValue.db.roundTrips,
              outcome: errors.length ? 'error' : 'success',
              errorCodes: errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
              status: response.http.status ?? 200,
              role: roleOf(contextValue.viewer),
            },
            contextValue,
          );
        },
      };
    },
  };
}
