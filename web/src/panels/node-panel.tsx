import { useClient, useQuery } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useExplorer } from '../context';
import { errorMessage, isNotFound } from '../errors';
import {
  MoreNeighboursDocument,
  NodeDetailsDocument,
  type NodeKind,
  type RelationshipType,
} from '../generated/graphql';
import { addNode, addRelationship } from '../graph/canvas-graph';
import { EvidenceList } from './evidence-list';
import { KindBadge, RestrictedBadge } from './node-button';
import { NodeProperties } from './node-properties';
import { type NeighbourEdge, RelationshipGroups } from './relationship-groups';
import { NotFound } from './not-found';

/** Relationships per page: a hub with thousands of neighbours is walked page by page. */
export const PAGE_SIZE = 20;

interface Props {
  id: string;
  /** Only these types and kinds are fetched (null: all), so hidden ones cost nothing. */
  types: RelationshipType[] | null;
  kinds: NodeKind[] | null;
}

/**
 * The focused node: name, kind, properties, where the documents name it, and its relationships
 * grouped by type with their evidence. The page of relationships shown here is the one drawn on
 * the canvas; "expand" fetches the next page for both.
 */
export function NodePanel({ id, types, kinds }: Props) {
  const { t, graph, pathStart, setPathStart, navigate } = useExplorer();
  const client = useClient();
  const [result] = useQuery({
    query: NodeDetailsDocument,
    variables: { id, first: PAGE_SIZE, types, kinds },
  });
  const [more, setMore] = useState<NeighbourEdge[]>([]);
  const [cursor, setCursor] = useState<{ endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [expanding, setExpanding] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const node = result.data?.node;

  useEffect(() => {
    if (!node) return;
    addNode(graph, node);
    for (const edge of node.neighbours.edges) addRelationship(graph, node.id, edge);
    // Keyboard and screen-reader users land on what they chose.
    heading.current?.focus();
  }, [node, graph]);

  if (result.fetching && !node) return <p role="status">{t('loading')}</p>;
  if (isNotFound(result.error)) return <NotFound id={id} />;
  if (result.error) return <p role="alert">{t('failed', { message: errorMessage(result.error) })}</p>;
  if (!node) return null;

  const page = cursor ?? node.neighbours.pageInfo;
  const edges = [...node.neighbours.edges, ...more];

  const expand = async () => {
    setExpanding(true);
    const next = await client
      .query(MoreNeighboursDocument, { id, first: PAGE_SIZE, after: page.endCursor, types, kinds })
      .toPromise();
    setExpanding(false);
    const connection = next.data?.node.neighbours;
    if (!connection) return;
    for (const edge of connection.edges) addRelationship(graph, id, edge);
    setMore((previous) => [...previous, ...connection.edges]);
    setCursor(connection.pageInfo);
  };

  return (
    <article class="node-panel" aria-labelledby="node-heading" data-node-id={node.id}>
      <h2 id="node-heading" ref={heading} tabIndex={-1}>
        {node.name}
      </h2>
      <p>
        <KindBadge kind={node.kind} />
        {node.restricted && <RestrictedBadge />}
      </p>
      <div class="actions">
        {pathStart === null || pathStart.id === node.id ? (
          <button type="button" onClick={() => setPathStart({ id: node.id, name: node.name })}>
            {t('startHere')}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => navigate({ view: { name: 'path', from: pathStart.id, to: node.id }, q: '' })}
          >
            {t('connectWith', { name: pathStart.name })}
          </button>
        )}
      </div>
      <NodeProperties node={node} />
      {node.evidence.length > 0 && (
        <>
          <h3>{t('namedIn')}</h3>
          <EvidenceList evidence={node.evidence} />
        </>
      )}
      <h3>{t('relationships')}</h3>
      <p class="count" role="status">
        {t('relationshipsShown', { n: edges.length, total: node.neighbours.totalCount })}
      </p>
      {edges.length === 0 ? <p>{t('noRelationships')}</p> : <RelationshipGroups edges={edges} />}
      {page.hasNextPage && (
        <button type="button" onClick={expand} disabled={expanding}>
          {expanding ? t('loading') : t('moreNeighbours', { n: PAGE_SIZE })}
        </button>
      )}
    </article>
  );
}
