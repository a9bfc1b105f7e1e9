import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/** The selection below one field, by response key (alias or name), fragments and @skip/@include applied. */
export type Fields = Record<string, ResolveTree>;

/** The root field's selection tree (graphql-parse-resolve-info: fragments, aliases, directives). */
export function rootTree(info: GraphQLResolveInfo): ResolveTree {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  if (!tree) throw new Error(`No selection for ${info.fieldName}`);
  return tree;
}

/**
 * Two selections of one response key merged: GraphQL lets `evidence { excerpt }` on the interface and
 * `... on Municipality { evidence { document { title } } }` ask for one field twice; the read returns
 * what both ask for.
 */
function merge(a: ResolveTree, b: ResolveTree): ResolveTree {
  const fieldsByTypeName: Record<string, Fields> = { ...a.fieldsByTypeName };
  for (const [type, fields] of Object.entries(b.fieldsByTypeName)) {
    fieldsByTypeName[type] = mergeFields(fieldsByTypeName[type] ?? {}, fields);
  }
  return { ...a, fieldsByTypeName };
}

function mergeFields(a: Fields, b: Fields): Fields {
  const out: Fields = { ...a };
  for (const [key, tree] of Object.entries(b)) out[key] = out[key] ? merge(out[key], tree) : tree;
  return out;
}

/**
 * The fields selected below `tree` on an object of one of `types` (its own type name and the
 * interfaces it implements). Without `types`: every group, for objects of a single known type.
 */
export function fieldsOf(tree: ResolveTree | undefined, types?: readonly string[]): Fields {
  if (!tree) return {};
  let out: Fields = {};
  for (const [type, fields] of Object.entries(tree.fieldsByTypeName)) {
    if (!types || types.includes(type)) out = mergeFields(out, fields);
  }
  return out;
}

/** The selected fields named `name` (any alias), merged: for fields without arguments. */
export function selectedNamed(fields: Fields, name: string): ResolveTree | undefined {
  const trees = Object.values(fields).filter((tree) => tree.name === name);
  return trees.length === 0 ? undefined : trees.reduce(merge);
}
