import { useQuery } from '@urql/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useExplorer } from '../context';
import { errorMessage, isNotFound } from '../errors';
import { PathsDocument, type PathsQuery, type RelationshipType } from '../generated/graphql';
import { addEdge, addNode } from '../graph/canvas-graph';
import { ALL_RELATIONSHIP_TYPES, relationshipLabel } from '../i18n';
import { EvidenceList } from './evidence-list';
import { NodeButton, RestrictedBadge } from './node-button';
import { NotFound } from './not-found';

type Path = PathsQuery['allShortestPaths'][number];

/** The longest chain looked for, in hops. */
const MAX_LENGTH = 6;

/** One hop of a path, read in the path's direction even where the relationship runs the other way. */
function Hop({ path, index }: { path: Path; index: number }) {
  const { t, lang } = useExplorer();
  const edge = path.edges[index]!;
  const here = path.nodes[index]!;
  const next = path.nodes[index + 1]!;
  const label = relationshipLabel(lang, edge.type, edge.from === here.id ? 'OUT' : 'IN');
  return (
    <li class="hop" data-key={edge.key}>
      <p>
        <span class="hop-number">{t('hopOf', { n: index + 1 })}:</span> <NodeButton node={here} />{' '}
        <strong>{label}</strong> <span class="type-name">{edge.type}</span> <NodeButton node={next} />
        {edge.restricted && <RestrictedBadge />}
      </p>
      <EvidenceList evidence={edge.evidence} />
    </li>
  );
}

/**
 * "Why are these connected?": every shortest path between two nodes (of the chosen relationship
 * types), drawn on the canvas and listed hop by hop, each hop with its evidence.
 */
export function PathPanel({ from, to }: { from: string; to: string }) {
  const { t, graph, setHighlight } = useExplorer();
  const [excluded, setExcluded] = useState<ReadonlySet<RelationshipType>>(new Set());
  const types = useMemo(
    () => (excluded.size === 0 ? null : ALL_RELATIONSHIP_TYPES.filter((type) => !excluded.has(type))),
    [excluded],
  );
  const [result] = useQuery({ query: PathsDocument, variables: { from, to, types, maxLength: MAX_LENGTH } });
  const data = result.data;

  useEffect(() => {
    if (!data) return;
    const ids = new Set<string>([data.from.id, data.to.id]);
    addNode(graph, data.from);
    addNode(graph, data.to);
    for (const path of data.allShortestPaths) {
      path.nodes.forEach((node, index) => addNode(graph, node, path.nodes[index - 1]?.id));
      for (const edge of path.edges) addEdge(graph, edge, edge.from, edge.to);
      for (const item of [...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.key)]) ids.add(item);
    }
    setHighlight(ids);
  }, [data, graph, setHighlight]);
  useEffect(() => () => setHighlight(null), [setHighlight]);

  if (isNotFound(result.error)) return <NotFound id={`${from} / ${to}`} />;
  if (result.error) return <p role="alert">{t('failed', { message: errorMessage(result.error) })}</p>;
  if (!data) return <p role="status">{t('loading')}</p>;

  const toggle = (type: RelationshipType) =>
    setExcluded((previous) => {
      const next = new Set(previous);
      if (next.has(type)) next.delete(type);
      else next.add(type);
      return next;
    });
  const paths = data.allShortestPaths;

  return (
    <article class="path-panel" aria-labelledby="path-heading">
      <h2 id="path-heading" tabIndex={-1}>
        {t('pathTitle', { from: data.from.name, to: data.to.name })}
      </h2>
      <p role="status">
        {paths.length === 0
          ? t('noPath', { max: MAX_LENGTH })
          : t(paths[0]!.length === 1 ? 'pathCount' : 'pathCountPlural', {
              n: paths.length,
              length: paths[0]!.length,
            })}
      </p>
      <details class="type-filter">
        <summary>{t('pathTypes')}</summary>
        <fieldset>
          <legend class="visually-hidden">{t('pathTypes')}</legend>
          {ALL_RELATIONSHIP_TYPES.map((type) => (
            <label key={type}>
              <input type="checkbox" checked={!excluded.has(type)} onChange={() => toggle(type)} /> {type}
            </label>
          ))}
        </fieldset>
      </details>
      <ol class="paths">
        {paths.map((path, number) => (
          <li key={path.edges.map((e) => e.key).join(' ')}>
            <h3>{t('pathNumber', { n: number + 1 })}</h3>
            <ol class="hops">
              {path.edges.map((edge, index) => (
                <Hop key={edge.key} path={path} index={index} />
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </article>
  );
}
