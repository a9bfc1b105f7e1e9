import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * Which of the heavy properties a read returns: evidence lists and long texts are most of the bytes
 * of a node or relationship, and most requests select neither. What a read leaves out is not in its
 * records at all (evidence `undefined`, `textsOmitted`), and the field resolvers then ask
 * `loaders.nodeDetails` / `relationshipEvidence`, so nothing reads as empty by mistake.
 */
export interface Projection {
  /** The nodes' evidence lists. */
  nodeEvidence: boolean;
  /** The nodes' long texts: quote and criterion `text`, programme `description` (TEXT_FIELDS). */
  nodeTexts: boolean;
  /** The relationships' evidence lists. */
  edgeEvidence: boolean;
}

export const FULL_PROJECTION: Projection = { nodeEvidence: true, nodeTexts: true, edgeEvidence: true };

/** The GraphQL fields that read a node's long texts (on any kind: a fragment may ask for it). */
const TEXT_FIELDS = ['text', 'description'];

/** The fields below these, on whichever type (a fragment's type condition narrows nothing here). */
function childrenOf(trees: ResolveTree[]): ResolveTree[] {
  return trees.flatMap((tree) =>
    Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields)),
  );
}

/**
 * The names of the fields selected at `path` below the resolver's own field (by field name, not
 * alias), through fragments and honouring @skip/@include (graphql-parse-resolve-info). Fields under
 * any type condition count: reading more than needed is harmless, less is not.
 */
export function selectedAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  return fieldsAt(parseResolveInfo(info) as ResolveTree | null, path);
}

function fieldsAt(root: ResolveTree | null, path: readonly string[]): Set<string> {
  let trees = root ? [root] : [];
  for (const step of path) trees = childrenOf(trees).filter((tree) => tree.name === step);
  return new Set(childrenOf(trees).map((tree) => tree.name));
}

/** The projection a field needs for the nodes at `nodes` and the relationships at `edges` below it. */
export function projectionFor(
  info: GraphQLResolveInfo,
  { nodes = [], edges = [] }: { nodes?: string[][]; edges?: string[][] },
): Projection {
  const root = parseResolveInfo(info) as ResolveTree | null;
  const nodeFields = nodes.flatMap((path) => [...fieldsAt(root, path)]);
  return {
    nodeEvidence: nodeFields.includes('evidence'),
    nodeTexts: nodeFields.some((name) => TEXT_FIELDS.includes(name)),
    edgeEvidence: edges.some((path) => fieldsAt(root, path).has('evidence')),
  };
}
