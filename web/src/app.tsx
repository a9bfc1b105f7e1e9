import { Provider } from '@urql/preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { createClient } from './client';
import { type Explorer, ExplorerContext } from './context';
import type { NodeKind, RelationshipType } from './generated/graphql';
import { createCanvasGraph } from './graph/canvas-graph';
import { NetworkCanvas } from './graph/network-canvas';
import { ALL_RELATIONSHIP_TYPES, type Lang, translator } from './i18n';
import { ALL_KINDS } from './kinds';
import { DiffPanel } from './panels/diff-panel';
import { DocumentReader } from './panels/document-reader';
import { Downloads } from './panels/downloads';
import { Legend } from './panels/legend';
import { ListView } from './panels/list-view';
import { NodePanel } from './panels/node-panel';
import { OverviewPanel } from './panels/overview-panel';
import { PathPanel } from './panels/path-panel';
import { ReviewPage } from './review/review-page';
import { SearchBox } from './panels/search-box';
import { SignIn } from './panels/sign-in';
import { type Route, parseRoute, routeUrl } from './route';
import { readLang, readToken, saveLang, saveToken } from './session';
import { useGraphVersion } from './use-graph-version';
import { followChanges } from './live';

const currentRoute = (): Route => parseRoute(window.location.pathname, window.location.search);

function toggled<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

/** The visible members of `all`, or null when none is hidden (the API's "all"). */
const visibleOrAll = <T,>(all: readonly T[], hidden: ReadonlySet<T>): T[] | null =>
  hidden.size === 0 ? null : all.filter((item) => !hidden.has(item));

/** Marks the first drawn frame, for bench/explorer.ts and the browser tests. */
function markFirstDraw(): void {
  performance.mark('explorer:first-draw');
  document.documentElement.dataset.drawn = 'true';
}

export function App() {
  const [lang, setLang] = useState<Lang>(readLang);
  const t = useMemo(() => translator(lang), [lang]);
  const [token, setToken] = useState(readToken);
  // Who is looking decides what may be shown: a new client and an empty canvas for each viewer.
  // A change to the graph (an editor's decision on the review page) also makes a new client: no
  // answer cached before it is shown after it.
  const [dataVersion, setDataVersion] = useState(0);
  const client = useMemo(() => createClient(token), [token, dataVersion]);
  const graph = useMemo(() => createCanvasGraph(), [token]);
  const graphVersion = useGraphVersion(graph);
  const [route, setRoute] = useState(currentRoute);
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<NodeKind>>(new Set());
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<RelationshipType>>(new Set());
  const [highlight, setHighlight] = useState<ReadonlySet<string> | null>(null);
  const [pathStart, setPathStart] = useState<{ id: string; name: string } | null>(null);
  const [reader, setReader] = useState<{ id: string; excerpt: string | null } | null>(null);
  const [mode, setMode] = useState<'canvas' | 'list'>('canvas');
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [liveCount, setLiveCount] = useState(0);

  // Live: each change of the graph (written here or anywhere else) is marked new, every cached
  // answer forgotten and the canvas redrawn from the graph as it is now.
  useEffect(() => {
    setFresh(new Set());
    setLiveCount(0);
    return followChanges(token, ({ ids }) => {
      setFresh((previous) => new Set([...previous, ...ids]));
      setLiveCount((count) => count + 1);
      graph.clear();
      setDataVersion((version) => version + 1);
    });
  }, [token, graph]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
    saveLang(lang);
  }, [lang, t]);
  useEffect(() => {
    const restore = () => setRoute(currentRoute());
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, []);

  const navigate = useCallback((next: Route) => {
    window.history.pushState(null, '', routeUrl(next));
    setRoute(next);
    setReader(null);
  }, []);
  const setQuery = useCallback((q: string) => {
    setRoute((previous) => {
      const next = { ...previous, q };
      window.history.replaceState(null, '', routeUrl(next));
      return next;
    });
  }, []);
  const changeToken = (next: string | null) => {
    saveToken(next);
    setToken(next);
    setHighlight(null);
  };

  const explorer: Explorer = {
    lang,
    t,
    graph,
    graphVersion,
    token,
    navigate,
    focusNode: (id) => navigate({ view: { name: 'node', id }, q: '' }),
    openDocument: (id, excerpt) => setReader({ id, excerpt }),
    pathStart,
    setPathStart,
    setHighlight,
    graphChanged: () => {
      graph.clear();
      setDataVersion((version) => version + 1);
    },
    fresh,
  };
  const { view } = route;
  const filters = useMemo(
    () => ({ hiddenKinds, hiddenTypes, highlight, fresh, focus: view.name === 'node' ? view.id : null }),
    [hiddenKinds, hiddenTypes, highlight, fresh, view],
  );
  const types = visibleOrAll(ALL_RELATIONSHIP_TYPES, hiddenTypes);
  const kinds = visibleOrAll(ALL_KINDS, hiddenKinds);

  return (
    <Provider value={client}>
      <ExplorerContext.Provider value={explorer}>
        <header class="top-bar">
          <h1>
            <a
              href={routeUrl({ view: { name: 'overview' }, q: '' })}
              onClick={(event) => {
                event.preventDefault();
                navigate({ view: { name: 'overview' }, q: '' });
              }}
            >
              {t('title')}
            </a>
          </h1>
          <SearchBox q={route.q} onChange={setQuery} />
          <button
            type="button"
            class="language"
            title={t('languageHint')}
            onClick={() => setLang(lang === 'en' ? 'nl' : 'en')}
          >
            {t('language')}
          </button>
          {token !== null && (
            <a
              class="review-link"
              href={routeUrl({ view: { name: 'review', document: null }, q: '' })}
              aria-current={view.name === 'review' ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                navigate({ view: { name: 'review', document: null }, q: '' });
              }}
            >
              {t('review')}
            </a>
          )}
          {liveCount > 0 && (
            <span class="live-changes" role="status">
              {t(liveCount === 1 ? 'liveChange' : 'liveChanges', { n: liveCount })}
            </span>
          )}
          <SignIn onToken={changeToken} />
        </header>
        {view.name === 'review' ? (
          <ReviewPage key={view.document ?? ''} document={view.document} />
        ) : (
          <main class="layout">
            <section class="stage" aria-label={t('legend')}>
              <div class="view-switch" role="group">
                <button type="button" aria-pressed={mode === 'canvas'} onClick={() => setMode('canvas')}>
                  {t('canvasView')}
                </button>
                <button type="button" aria-pressed={mode === 'list'} onClick={() => setMode('list')}>
                  {t('listView')}
                </button>
              </div>
              <Legend
                hiddenKinds={hiddenKinds}
                hiddenTypes={hiddenTypes}
                toggleKind={(kind) => setHiddenKinds((hidden) => toggled(hidden, kind))}
                toggleType={(type) => setHiddenTypes((hidden) => toggled(hidden, type))}
              />
              <div class="stage-area">
                <NetworkCanvas
                  graph={graph}
                  filters={filters}
                  label={t('canvasLabel')}
                  onSelect={explorer.focusNode}
                  onFirstDraw={markFirstDraw}
                />
                {mode === 'list' && <ListView hiddenKinds={hiddenKinds} hiddenTypes={hiddenTypes} />}
              </div>
            </section>
            <aside class="panel" aria-label={t('panelTitle')}>
              {view.name === 'overview' && <OverviewPanel />}
              {view.name === 'node' && (
                <NodePanel key={`${view.id}|${types}|${kinds}`} id={view.id} types={types} kinds={kinds} />
              )}
              {view.name === 'diff' && <DiffPanel key={view.from} from={view.from} />}
              {view.name === 'path' && (
                <PathPanel key={`${view.from}|${view.to}`} from={view.from} to={view.to} />
              )}
              <Downloads />
            </aside>
          </main>
        )}
        {reader && (
          <DocumentReader
            key={`${reader.id}|${reader.excerpt}`}
            id={reader.id}
            excerpt={reader.excerpt}
            onClose={() => setReader(null)}
          />
        )}
      </ExplorerContext.Provider>
    </Provider>
  );
}
