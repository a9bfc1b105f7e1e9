import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import { ErrorCode } from '../db/errors';

/** class-validator's tree as `{ field, messages }`, without the values the client sent. */
function fieldProblems(errors: ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = Array.isArray(error.target)
      ? `${prefix}[${error.property}]`
      : `${prefix}${prefix ? '.' : ''}${error.property}`;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/**
 * The last word on what an error response may say. Every error carries `extensions.code`. A bad
 * argument names the field and says what is wrong without echoing the value back. Outside
 * development an unexpected error says only "Internal server error", and no error carries Cypher,
 * parameters or a stack trace.
 */
export function createErrorFormatter(isDevelopment: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const fields = fieldProblems(original.extensions.validationErrors);
      return {
        message: `Invalid argument: ${fields.map((f) => `${f.field}: ${f.messages.join(', ')}`).join('; ')}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          argumentName: fields[0]?.field.split(/[.[]/)[0],
          fields,
        },
      };
    }
    const code = (formatted.extensions?.code as string | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR;
    if (code === ErrorCode.INTERNAL_SERVER_ERROR) logger.error({ err: original }, 'unexpected error');
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
