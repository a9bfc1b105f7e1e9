import type { GraphQLResolveInfo } from 'graphql';
import type { NodeRecord } from '../records/records';

/**
 * What the compiled read returned for a relationship field or `neighbours` below `node`, by the
 * field's response key. Every node reaches the API through the compiler (a root read, a walk, or
 * the node reader), so a missing entry is a bug in the compiler, reported as one.
 */
export function compiledField<T>(node: NodeRecord, info: GraphQLResolveInfo): T {
  const value = node._?.[info.path.key];
  if (value === undefined) {
    throw new Error(`${info.parentType.name}.${info.fieldName} of ${node.id} was not compiled`);
  }
  return value as T;
}
