import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ErrorCode } from '../db/errors';

/**
 * The last word on what an error response may say. Outside development an unexpected error says
 * only "Internal server error", and no error carries Cypher, parameters or a stack trace.
 */
export function createErrorFormatter(isDevelopment: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = (formatted.extensions?.code as string | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR;
    if (code === ErrorCode.INTERNAL_SERVER_ERROR) logger.error({ err: error }, 'unexpected error');
    if (isDevelopment) return { ...formatted, extensions: { ...formatted.extensions, code } };
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { stacktrace: _stacktrace, query: _query, ...extensions } = formatted.extensions ?? {};
    return {
      ...formatted,
      message: code === ErrorCode.INTERNAL_SERVER_ERROR ? 'Internal server error' : formatted.message,
      extensions: { ...extensions, code },
    };
  };
}
