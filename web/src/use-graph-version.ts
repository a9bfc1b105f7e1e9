import { useEffect, useState } from 'preact/hooks';
import type { CanvasGraph } from './graph/canvas-graph';

/**
 * A number that changes when nodes or edges come or go, at most once a frame, so the legend and the
 * list view re-render with the canvas. Layout moves (positions) are not changes that matter here.
 */
export function useGraphVersion(graph: CanvasGraph): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let frame = 0;
    const bump = () => {
      if (frame !== 0) return;
      frame = window.requestAnimationFrame(() => {
        frame = 0;
        setVersion((v) => v + 1);
      });
    };
    const events = [
      'nodeAdded',
      'edgeAdded',
      'nodeDropped',
      'edgeDropped',
      'cleared',
      'nodeAttributesUpdated',
    ] as const;
    for (const event of events) graph.on(event, bump);
    return () => {
      window.cancelAnimationFrame(frame);
      for (const event of events) graph.removeListener(event, bump);
    };
  }, [graph]);
  return version;
}
