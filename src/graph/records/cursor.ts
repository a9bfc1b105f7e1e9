import { ErrorCode, appError } from '../../db/errors';

/**
 * Keyset cursors: the sort key of the last item seen (name, id and, for relationships, key),
 * not an offset, so a page never shifts when the graph changes between requests.
 */
export type Keyset = [name: string, id: string, key?: string];

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify(keyset), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument = 'after'): Keyset {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      (value.length === 2 || value.length === 3) &&
      value.every((part) => typeof part === 'string')
    ) {
      return value as Keyset;
    }
  } catch {
    // fall through to the error below
  }
  throw appError(ErrorCode.BAD_USER_INPUT, `Argument "${argument}" is not a cursor this API gave out`, {
    argumentName: argument,
  });
}
