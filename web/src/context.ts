import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CanvasGraph } from './graph/canvas-graph';
import type { Lang, Translate } from './i18n';
import type { Route } from './route';

/** What every part of the page shares: the labels, the canvas, and the ways to move around. */
export interface Explorer {
  lang: Lang;
  t: Translate;
  graph: CanvasGraph;
  /** Bumped whenever the canvas graph changes, so lists and counts re-render. */
  graphVersion: number;
  token: string | null;
  navigate(route: Route): void;
  focusNode(id: string): void;
  openDocument(id: string, excerpt: string | null): void;
  /** The start of a "why are these connected?" question, once chosen. */
  pathStart: { id: string; name: string } | null;
  setPathStart(start: { id: string; name: string } | null): void;
  /** Nodes and edges to stand out on the canvas (a path), or null for all alike. */
  setHighlight(ids: Set<string> | null): void;
  /**
   * After a mutation (the review page): forget every cached answer (a new urql client) and empty
   * the canvas, so every view reads the graph as it is now.
   */
  graphChanged(): void;
  /** Node ids and relationship keys that changed since this page opened (the live feed): marked new. */
  fresh: ReadonlySet<string>;
}

export const ExplorerContext = createContext<Explorer | null>(null);

export function useExplorer(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (explorer === null) throw new Error('useExplorer outside <ExplorerContext.Provider>');
  return explorer;
}
