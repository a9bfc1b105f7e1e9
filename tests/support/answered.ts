import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  parse,
} from 'graphql';

/**
 * The fields an operation selects that its answer never fills: a selected path (response keys,
 * lists looked through) at which no item holds a value other than null or []. A ready-made operation
 * that promises "→ quotes" must find a quote somewhere; `false`, `0` and `''` count as answers.
 */
export function unanswered(query: string, data: unknown): string[] {
  const document: DocumentNode = parse(query);
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const paths: string[] = [];
  const collect = (set: SelectionSetNode, prefix: string[]) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = (selection.alias ?? selection.name).value;
        if (key === '__typename') continue;
        paths.push([...prefix, key].join('.'));
        if (selection.selectionSet) collect(selection.selectionSet, [...prefix, key]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet, prefix);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet, prefix);
      }
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION)
      collect((definition as OperationDefinitionNode).selectionSet, []);
  }
  return [...new Set(paths)].filter((p) => !valuesAt(data, p.split('.')).some(isAnswer));
}

const isAnswer = (value: unknown) =>
  value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);

/** Every value at a path of response keys, looking through lists on the way. */
function valuesAt(value: unknown, path: string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
  if (path.length === 0) return [value];
  if (value === null || typeof value !== 'object') return [];
  return valuesAt((value as Record<string, unknown>)[path[0]], path.slice(1));
}
