import { useExplorer } from '../context';
import type { NodeKind, RelationshipType } from '../generated/graphql';
import type { NodeAttributes } from '../graph/canvas-graph';
import { kindLabel, relationshipLabel } from '../i18n';
import { ALL_KINDS } from '../kinds';
import { RestrictedBadge } from './node-button';

interface Props {
  hiddenKinds: ReadonlySet<NodeKind>;
  hiddenTypes: ReadonlySet<RelationshipType>;
}

/**
 * What the canvas shows, as a list for keyboard and screen-reader users: the visible nodes by kind,
 * each with its visible relationships on the canvas; every name focuses its node.
 */
export function ListView({ hiddenKinds, hiddenTypes }: Props) {
  const { t, lang, graph, focusNode } = useExplorer();
  const visible = (id: string) => !hiddenKinds.has(graph.getNodeAttribute(id, 'kind'));
  const nodes = graph
    .mapNodes((id, attributes): [string, NodeAttributes] => [id, attributes])
    .filter(([, attributes]) => !hiddenKinds.has(attributes.kind))
    .sort(
      ([, a], [, b]) =>
        ALL_KINDS.indexOf(a.kind) - ALL_KINDS.indexOf(b.kind) || a.label.localeCompare(b.label, 'nl'),
    );

  const relationshipsOf = (id: string) => [
    ...graph
      .mapOutEdges(id, (key, a, _s, target) => ({
        key,
        type: a.relationshipType,
        other: target,
        dir: 'OUT' as const,
      }))
      .filter((r) => visible(r.other) && !hiddenTypes.has(r.type)),
    ...graph
      .mapInEdges(id, (key, a, source) => ({
        key,
        type: a.relationshipType,
        other: source,
        dir: 'IN' as const,
      }))
      .filter((r) => visible(r.other) && !hiddenTypes.has(r.type)),
  ];

  return (
    <section class="list-view" aria-labelledby="list-heading">
      <h2 id="list-heading" tabIndex={-1}>
        {t('listTitle')} ({nodes.length})
      </h2>
      {nodes.length === 0 && <p>{t('listEmpty')}</p>}
      <ul>
        {nodes.map(([id, attributes]) => (
          <li key={id} data-node-id={id}>
            <button type="button" class="link" onClick={() => focusNode(id)}>
              {attributes.label}
            </button>{' '}
            <span class="badge kind">{kindLabel(lang, attributes.kind)}</span>
            {attributes.restricted && <RestrictedBadge />}
            <ul class="list-relationships">
              {relationshipsOf(id).map((relationship) => (
                <li key={relationship.key}>
                  {relationshipLabel(lang, relationship.type, relationship.dir)}{' '}
                  {graph.getNodeAttribute(relationship.other, 'label')}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
