import type { GraphQLResolveInfo } from 'graphql';
import { selectedAt } from '../graph/common/projection';

/**
 * The scalar properties a neighbourhood returns of each node and edge: only those the selection
 * reads (issue 12: a walk of 200 nodes returned every property any kind might show, ≈ 97 KB, and the
 * service spent ~25 ms of CPU per request decoding and converting them). Id, kind and `restricted`
 * of nodes, and key, type, ends and `restricted` of edges always come: the records are built on them.
 * Evidence and long texts keep their own switches (Projection).
 *
 * The names are property names from this fixed list, never from the request: a selected field only
 * picks among them.
 */
const NODE_PROPERTIES = [
  'name',
  'aliases',
  'version',
  'type',
  'formerNames',
  'phone',
  'kind',
  'year',
  'winnerCount',
  'language',
  'title',
  'file',
  'publishedOn',
];
const EDGE_PROPERTIES = ['year', 'title', 'context'];
/** GraphQL fields named otherwise than the property they show. */
const PROPERTY_OF_FIELD: Record<string, string> = { programmeKind: 'kind', documentKind: 'kind' };

export interface WalkFields {
  nodeKeys: string[];
  edgeKeys: string[];
}

/** The properties the selection under `under` shows, for the nodes (also as edge ends) and edges. */
export function walkFields(info: GraphQLResolveInfo, under: string[] = []): WalkFields {
  const fields = (path: string[]) => [...selectedAt(info, [...under, ...path])];
  const nodeFields = new Set(
    [...fields(['nodes']), ...fields(['edges', 'source']), ...fields(['edges', 'target'])].map(
      (field) => PROPERTY_OF_FIELD[field] ?? field,
    ),
  );
  const edgeFields = new Set(fields(['edges']));
  return {
    nodeKeys: NODE_PROPERTIES.filter((p) => nodeFields.has(p)),
    edgeKeys: EDGE_PROPERTIES.filter((p) => edgeFields.has(p)),
  };
}

type Raw = Record<string, unknown>;

/**
 * A node or edge as Cypher shaped it (its selected properties as `values`, in the order of `keys`)
 * as the flat map the records are built from; in place, it is the query's own result.
 */
export function unpack(raw: Raw, keys: string[]): Raw {
  const values = (raw.values as unknown[] | null) ?? [];
  for (let i = 0; i < keys.length; i++) raw[keys[i]] = values[i];
  delete raw.values;
  return raw;
}
