import type { CombinedError } from '@urql/core';

/** True when the service answered NOT_FOUND: the page then says so instead of failing. */
export const isNotFound = (error: CombinedError | undefined): boolean =>
  error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND') ?? false;

/** A short message for a failed request, never a stack trace. */
export const errorMessage = (error: CombinedError): string =>
  error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
