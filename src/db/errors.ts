import { Neo4jError } from 'neo4j-driver';

/** The codes every error response carries in `extensions.code`. */
export enum ErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  /** An analysis whose projection is past the in-memory caps (src/analytics/limits.ts). */
  ANALYSIS_TOO_LARGE = 'ANALYSIS_TOO_LARGE',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * An error with a code for the client. The database layer knows no GraphQL: this is a plain Error
 * whose `extensions` graphql-js carries over when a resolver throws it (a located error takes its
 * original error's extensions), so the client sees `extensions.code`; the HTTP routes read the same
 * field. The cause (a driver error) stays for the log, never for the response.
 */
export class AppError extends Error {
  readonly extensions: Record<string, unknown> & { code: ErrorCode };

  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'AppError';
    this.extensions = { ...extensions, code };
  }
}

export function appError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): AppError {
  return new AppError(code, message, extensions);
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
]);

function isConnectionFailure(error: Error): boolean {
  const code = (error as { code?: string }).code ?? '';
  return (
    UNAVAILABLE_CODES.has(code) ||
    code.startsWith('Neo.TransientError') ||
    code.startsWith('Neo.ClientError.Security') ||
    /ECONNREFUSED|ECONNRESET|EPIPE|connection.*(closed|refused)/i.test(error.message)
  );
}

/**
 * Maps a driver error to an AppError with a code and a message fit for the public: the Cypher,
 * parameters and server message stay in the log (the original is kept as its `cause`). Errors of
 * our own (a NOT_FOUND thrown inside a transaction's work) pass through.
 */
export function mapDatabaseError(error: unknown, queryName: string): AppError {
  if (error instanceof AppError) return error;
  const err = error instanceof Error ? error : new Error(String(error));
  const code = (err as { code?: string }).code ?? '';
  const wrap = (errorCode: ErrorCode, message: string) =>
    new AppError(errorCode, message, { query: queryName }, err);
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return wrap(ErrorCode.QUERY_TIMEOUT, 'The database took too long to answer and the query was stopped');
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return wrap(ErrorCode.CONFLICT, 'The change conflicts with an existing node or relationship');
  }
  if (isConnectionFailure(err)) {
    return wrap(ErrorCode.DATABASE_UNAVAILABLE, 'The database is unavailable; try again shortly');
  }
  return wrap(
    ErrorCode.INTERNAL_SERVER_ERROR,
    err instanceof Neo4jError ? 'The database could not run the query' : 'Internal error',
  );
}
