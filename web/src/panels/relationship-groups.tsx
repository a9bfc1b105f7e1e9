import { useExplorer } from '../context';
import type { NeighbourPageFragment, RelationshipType } from '../generated/graphql';
import { relationshipLabel } from '../i18n';
import { EvidenceList } from './evidence-list';
import { NewBadge, NodeButton, RestrictedBadge } from './node-button';

export type NeighbourEdge = NeighbourPageFragment['edges'][number];

/** The order of the groups: the award network first, who said what next, mere mentions last. */
const GROUP_ORDER: RelationshipType[] = [
  'NOMINATED_BY',
  'RECEIVED',
  'MEMBER_OF',
  'PARTNERS_WITH',
  'HOLDS_ROLE',
  'RUNS',
  'LOCATED_IN',
  'SAID',
  'QUOTED_IN',
  'CONCERNS',
  'AWARDED_BY',
  'JUDGED_ON',
  'PUBLISHED_BY',
  'MENTIONS',
];

/** Groups a node's relationships by type and direction ("nominated by", "members", …). */
function groupsOf(edges: readonly NeighbourEdge[]): NeighbourEdge[][] {
  const groups = new Map<string, NeighbourEdge[]>();
  for (const edge of edges) {
    const key = `${edge.type}:${edge.direction}`;
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  const rank = (group: NeighbourEdge[]) => GROUP_ORDER.indexOf(group[0]!.type);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/** The focused node's relationships, grouped by type, each with the other node and its evidence. */
export function RelationshipGroups({ edges }: { edges: readonly NeighbourEdge[] }) {
  const { lang, fresh } = useExplorer();
  return (
    <>
      {groupsOf(edges).map((group) => {
        const { type, direction } = group[0]!;
        return (
          <section key={`${type}:${direction}`} class="relationship-group" data-type={type}>
            <h4>
              {relationshipLabel(lang, type, direction)} <span class="type-name">{type}</span>{' '}
              <span class="count">({group.length})</span>
            </h4>
            <ul>
              {group.map((edge) => (
                <li key={edge.key} data-key={edge.key} class={fresh.has(edge.key) ? 'new' : undefined}>
                  <NodeButton node={edge.node} />
                  {fresh.has(edge.key) && !fresh.has(edge.node.id) && <NewBadge />}
                  {edge.restricted && !edge.node.restricted && <RestrictedBadge />}
                  {[edge.title, edge.context, edge.year].filter((v) => v !== null).length > 0 && (
                    <span class="relationship-properties">
                      {' '}
                      — {[edge.title, edge.context, edge.year].filter((v) => v !== null).join(', ')}
                    </span>
                  )}
                  <EvidenceList evidence={edge.evidence} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
