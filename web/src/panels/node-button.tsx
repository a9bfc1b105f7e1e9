import { useExplorer } from '../context';
import type { NodeKind, NodeSummaryFragment } from '../generated/graphql';
import { kindLabel } from '../i18n';
import { KIND_COLOURS } from '../kinds';

/** A node's name as a button that focuses it, with its kind and, for researchers, a restricted mark. */
export function NodeButton({ node }: { node: NodeSummaryFragment }) {
  const { focusNode, fresh } = useExplorer();
  return (
    <span class="node-ref">
      <button type="button" class="link" onClick={() => focusNode(node.id)}>
        {node.name}
      </button>{' '}
      <KindBadge kind={node.kind} />
      {node.restricted && <RestrictedBadge />}
      {fresh.has(node.id) && <NewBadge />}
    </span>
  );
}

/** Changed since this page opened (heard on the live feed). */
export function NewBadge() {
  const { t } = useExplorer();
  return <span class="badge new">{t('live')}</span>;
}

/** The kind's colour (as on the canvas) and its name, so colour is never the only cue. */
export function KindBadge({ kind }: { kind: NodeKind }) {
  const { lang } = useExplorer();
  return (
    <span class="badge kind">
      {/* Set through the style object (CSSOM), which the page's Content-Security-Policy allows. */}
      <span class="swatch" aria-hidden="true" style={{ background: KIND_COLOURS[kind] }} />
      {kindLabel(lang, kind)}
    </span>
  );
}

export function RestrictedBadge() {
  const { t } = useExplorer();
  return <span class="badge restricted">{t('restricted')}</span>;
}
