import { useExplorer } from '../context';
import type { NodeKind, RelationshipType } from '../generated/graphql';
import { kindLabel } from '../i18n';
import { ALL_KINDS, KIND_COLOURS } from '../kinds';

interface Props {
  hiddenKinds: ReadonlySet<NodeKind>;
  hiddenTypes: ReadonlySet<RelationshipType>;
  toggleKind(kind: NodeKind): void;
  toggleType(type: RelationshipType): void;
}

function countBy<T extends string>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * The legend of the canvas: each kind on it with its colour and count, and each relationship type
 * with its count; unticking one hides it on the canvas and stops fetching it.
 */
export function Legend({ hiddenKinds, hiddenTypes, toggleKind, toggleType }: Props) {
  const { t, lang, graph } = useExplorer();
  const kinds = countBy(graph.mapNodes((_id, attributes) => attributes.kind));
  const types = countBy(graph.mapEdges((_key, attributes) => attributes.relationshipType));
  const shownKinds = ALL_KINDS.filter((kind) => kinds.has(kind) || hiddenKinds.has(kind));
  const shownTypes = [...new Set([...types.keys(), ...hiddenTypes])].sort();

  return (
    <div class="legend">
      <fieldset>
        <legend>{t('legend')}</legend>
        {shownKinds.map((kind) => (
          <label key={kind} class="legend-item" data-kind={kind}>
            <input type="checkbox" checked={!hiddenKinds.has(kind)} onChange={() => toggleKind(kind)} />
            <span class="swatch" aria-hidden="true" style={{ background: KIND_COLOURS[kind] }} />
            {kindLabel(lang, kind)} <span class="count">{kinds.get(kind) ?? 0}</span>
          </label>
        ))}
      </fieldset>
      {shownTypes.length > 0 && (
        <fieldset>
          <legend>{t('relationshipTypes')}</legend>
          {shownTypes.map((type) => (
            <label key={type} class="legend-item" data-type={type}>
              <input type="checkbox" checked={!hiddenTypes.has(type)} onChange={() => toggleType(type)} />
              {type} <span class="count">{types.get(type) ?? 0}</span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
