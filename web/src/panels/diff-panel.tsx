import { useQuery } from '@urql/preact';
import type { ComponentChildren } from 'preact';
import { useExplorer } from '../context';
import { errorMessage, isNotFound } from '../errors';
import { DiffSinceDocument, type DiffSinceQuery } from '../generated/graphql';
import { kindLabel } from '../i18n';
import { NotFound } from './not-found';

type Diff = DiffSinceQuery['diff'];

/** A node id as a link to its page (a removed node's page says it is not found: that is the truth). */
function NodeLink({ id, name }: { id: string; name?: string }) {
  const { focusNode } = useExplorer();
  return (
    <button type="button" class="link" onClick={() => focusNode(id)}>
      {name ?? id}
    </button>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: ComponentChildren }) {
  return (
    <section class="diff-section">
      <h3>
        {title} <span class="count">({count})</span>
      </h3>
      {count > 0 && <ul>{children}</ul>}
    </section>
  );
}

function NodeChanges({ diff }: { diff: Diff }) {
  const { t, lang } = useExplorer();
  const { nodes } = diff;
  const item = (node: Diff['nodes']['added'][number], fields: string[] = []) => (
    <li key={node.id} data-id={node.id}>
      <NodeLink id={node.id} name={node.name} /> <span class="badge kind">{kindLabel(lang, node.kind)}</span>
      {fields.length > 0 && <span class="fields"> — {fields.join(', ')}</span>}
    </li>
  );
  return (
    <>
      <Section title={t('diffNodesAdded')} count={nodes.addedCount}>
        {nodes.added.map((node) => item(node))}
      </Section>
      <Section title={t('diffNodesRemoved')} count={nodes.removedCount}>
        {nodes.removed.map((node) => item(node))}
      </Section>
      <Section title={t('diffNodesChanged')} count={nodes.changedCount}>
        {nodes.changed.map((node) => item(node, node.fields))}
      </Section>
    </>
  );
}

function RelationshipChanges({ diff }: { diff: Diff }) {
  const { t } = useExplorer();
  const { relationships } = diff;
  const item = (edge: Diff['relationships']['added'][number], fields: string[] = []) => (
    <li key={edge.key} data-key={edge.key}>
      <NodeLink id={edge.from} /> <span class="type-name">{edge.type}</span> <NodeLink id={edge.to} />
      {fields.length > 0 && <span class="fields"> — {fields.join(', ')}</span>}
    </li>
  );
  return (
    <>
      <Section title={t('diffRelationshipsAdded')} count={relationships.addedCount}>
        {relationships.added.map((edge) => item(edge))}
      </Section>
      <Section title={t('diffRelationshipsRemoved')} count={relationships.removedCount}>
        {relationships.removed.map((edge) => item(edge))}
      </Section>
      <Section title={t('diffRelationshipsChanged')} count={relationships.changedCount}>
        {relationships.changed.map((edge) => item(edge, edge.fields))}
      </Section>
    </>
  );
}

/**
 * What changed since an export: the service's `diff` from that snapshot to the graph now, as this
 * viewer may see it (the public may only compare with a public export). Nodes and relationships
 * added, removed and changed; evidence counted; and what moved in the analyses.
 */
export function DiffPanel({ from }: { from: string }) {
  const { t } = useExplorer();
  const [result] = useQuery({ query: DiffSinceDocument, variables: { from } });
  if (isNotFound(result.error)) return <NotFound id={from} />;
  if (result.error) return <p role="alert">{t('failed', { message: errorMessage(result.error) })}</p>;
  const diff = result.data?.diff;
  if (!diff) return <p role="status">{t('loading')}</p>;
  const { evidence } = diff;
  return (
    <article class="diff-panel" aria-labelledby="diff-heading">
      <h2 id="diff-heading" tabIndex={-1}>
        {t('diffTitle')}
      </h2>
      <p class="diff-sides">
        {t('diffSides', {
          snapshot: diff.from.snapshotId.slice(0, 12),
          at: diff.from.at ?? '?',
          fromNodes: diff.from.nodeCount,
          toNodes: diff.to.nodeCount,
        })}
      </p>
      <NodeChanges diff={diff} />
      <RelationshipChanges diff={diff} />
      <p class="diff-evidence">
        {t('diffEvidence', {
          added: evidence.addedCount,
          removed: evidence.removedCount,
          changed: evidence.changedCount,
        })}
      </p>
      <Section title={t('diffRanks')} count={diff.pagerank.length}>
        {diff.pagerank.map((move) => (
          <li key={move.node.id}>
            <NodeLink id={move.node.id} name={move.node.name} />{' '}
            {t('diffRank', { from: move.fromRank ?? '–', to: move.toRank ?? '–' })}
          </li>
        ))}
      </Section>
      <p class="diff-analyses">
        {t('diffAnalyses', {
          communities: diff.communities.length,
          gained: diff.interlocksGainedCount,
          lost: diff.interlocksLostCount,
        })}
      </p>
    </article>
  );
}
