import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { useEffect, useRef } from 'preact/hooks';
import type { NodeKind, RelationshipType } from '../generated/graphql';
import type { CanvasGraph, EdgeAttributes, NodeAttributes } from './canvas-graph';

export interface CanvasFilters {
  hiddenKinds: ReadonlySet<NodeKind>;
  hiddenTypes: ReadonlySet<RelationshipType>;
  focus: string | null;
  /** Node ids and edge keys of a path to stand out; everything else is dimmed. */
  highlight: ReadonlySet<string> | null;
  /** Node ids new since the page opened (the live feed): drawn larger, with their label. */
  fresh: ReadonlySet<string>;
}

interface Props {
  graph: CanvasGraph;
  filters: CanvasFilters;
  label: string;
  onSelect(id: string): void;
  /** Called once, after the first frame that shows at least one node. */
  onFirstDraw(): void;
}

const DIMMED = '#dde1e6';
/** How long ForceAtlas2 runs after the graph grows: enough for a few hundred nodes to settle. */
const LAYOUT_MS = 2500;

/**
 * The network drawn by sigma.js (WebGL) from the canvas graph, laid out by ForceAtlas2 in a web
 * worker. Filters are applied by sigma's reducers, so hiding a kind or a relationship type changes
 * what is drawn without touching the graph (the list view and counts stay true to it).
 */
export function NetworkCanvas({ graph, filters, label, onSelect, onFirstDraw }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  // The reducers and handlers read the latest props through refs: sigma keeps the functions it got.
  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  const handlers = useRef({ onSelect, onFirstDraw });
  handlers.current = { onSelect, onFirstDraw };

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, element, {
      allowInvalidContainer: true,
      defaultEdgeType: 'arrow',
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 5,
      zIndex: true,
      nodeReducer: (node, data) => {
        const { hiddenKinds, focus, highlight, fresh } = filtersRef.current;
        if (hiddenKinds.has(data.kind)) return { ...data, hidden: true };
        if (highlight !== null && !highlight.has(node))
          return { ...data, color: DIMMED, label: '', zIndex: 0 };
        if (node === focus) return { ...data, highlighted: true, size: data.size * 1.6, zIndex: 2 };
        if (fresh.has(node)) return { ...data, highlighted: true, size: data.size * 1.3, zIndex: 2 };
        return { ...data, zIndex: 1 };
      },
      edgeReducer: (edge, data) => {
        const { hiddenKinds, hiddenTypes, highlight } = filtersRef.current;
        const [source, target] = graph.extremities(edge);
        const hidden =
          hiddenTypes.has(data.relationshipType) ||
          hiddenKinds.has(graph.getNodeAttribute(source, 'kind')) ||
          hiddenKinds.has(graph.getNodeAttribute(target, 'kind'));
        if (hidden) return { ...data, hidden: true };
        if (highlight === null) return data;
        return highlight.has(edge)
          ? { ...data, color: '#b8860b', size: 4, zIndex: 2 }
          : { ...data, color: DIMMED, zIndex: 0 };
      },
    });
    sigmaRef.current = sigma;

    let drawn = false;
    sigma.on('afterRender', () => {
      if (drawn || graph.order === 0) return;
      drawn = true;
      handlers.current.onFirstDraw();
    });
    sigma.on('clickNode', ({ node }) => handlers.current.onSelect(node));
    sigma.on('enterNode', () => element.classList.add('pointing'));
    sigma.on('leaveNode', () => element.classList.remove('pointing'));

    const layout = new FA2LayoutSupervisor(graph, {
      settings: { ...forceAtlas2.inferSettings(Math.max(graph.order, 50)), adjustSizes: true },
    });
    let timer: number | undefined;
    const settle = () => {
      if (graph.order < 2) return;
      if (!layout.isRunning()) layout.start();
      window.clearTimeout(timer);
      timer = window.setTimeout(() => layout.stop(), LAYOUT_MS);
    };
    graph.on('nodeAdded', settle);
    settle();

    return () => {
      window.clearTimeout(timer);
      graph.removeListener('nodeAdded', settle);
      layout.kill();
      sigma.kill();
      sigmaRef.current = null;
    };
  }, [graph]);

  useEffect(() => {
    sigmaRef.current?.refresh();
  }, [filters]);

  return <div ref={container} class="network-canvas" role="img" aria-label={label} />;
}
