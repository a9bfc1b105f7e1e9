import { KINDS } from './kinds';
import type { NodeLabel } from './labels';

/**
 * Node ids: `<prefix>:<slug>`, e.g. `municipality:delft`, `org:kwadraad`. The prefix of each kind is
 * in its description (src/model/kinds); this is the one pattern and the one length bound every id
 * argument, filter and input is checked against.
 */
export const ID_PATTERN = /^([a-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)$/;
export const MAX_ID_LENGTH = 200;

export const ID_PREFIX = Object.fromEntries(
  Object.values(KINDS).map((kind) => [kind.label, kind.idPrefix]),
) as Record<NodeLabel, string>;

export function labelOfId(id: string): NodeLabel | undefined {
  const prefix = ID_PATTERN.exec(id)?.[1];
  return (Object.keys(ID_PREFIX) as NodeLabel[]).find((label) => ID_PREFIX[label] === prefix);
}

/** Whether `id` is a well-formed id of one of `kinds` (any kind when none are given). */
export function isIdOf(id: unknown, kinds: readonly NodeLabel[] = []): id is string {
  if (typeof id !== 'string' || id.length > MAX_ID_LENGTH) return false;
  const label = labelOfId(id);
  return label !== undefined && (kinds.length === 0 || kinds.includes(label));
}

/** An example id of the first of `kinds`, for error messages: `municipality:delft`. */
export function exampleIdOf(kinds: readonly NodeLabel[]): string {
  return kinds.map((kind) => `${ID_PREFIX[kind]}:${KINDS[kind].exampleSlug}`).join(' or ');
}
