import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

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

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The fields of these selection sets, through inline fragments and fragment spreads. */
function fieldsOf(sets: readonly SelectionSetNode[], info: Info) {
  const out: { name: string; selectionSet?: SelectionSetNode }[] = [];
  const visit = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        out.push({ name: selection.name.value, selectionSet: selection.selectionSet });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return out;
}

/**
 * The names of the fields selected at `path` below the resolver's own field (by field name, not
 * alias). Type conditions and @skip/@include are ignored: reading more than needed is harmless.
 */
export function selectedAt(info: Info, path: readonly string[]): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const step of path) {
    sets = fieldsOf(sets, info).flatMap((field) =>
      field.name === step && field.selectionSet ? [field.selectionSet] : [],
    );
  }
  return new Set(fieldsOf(sets, info).map((field) => field.name));
}

/** The projection a field needs for the nodes at `nodes` and the relationships at `edges` below it. */
export function projectionFor(
  info: Info,
  { nodes = [], edges = [] }: { nodes?: string[][]; edges?: string[][] },
): Projection {
  const nodeFields = nodes.flatMap((path) => [...selectedAt(info, path)]);
  return {
    nodeEvidence: nodeFields.includes('evidence'),
    nodeTexts: nodeFields.some((name) => TEXT_FIELDS.includes(name)),
    edgeEvidence: edges.some((path) => selectedAt(info, path).has('evidence')),
  };
}
