/**
 * The explorer's views as URLs a researcher can share, restored on reload:
 * `/explore` (the overview), `/explore/node/<id>`, `/explore/path/<from>/<to>`, the editors' review
 * page `/explore/review` (add a document) and `/explore/review/<document id>` (review its
 * proposals), `/explore/diff/<snapshot id>` (what changed since an export), and `?q=<text>` for a
 * search on any of them. Ids keep their colon (`municipality:delft`) so the links stay readable.
 */
export const BASE = '/explore';

export type View =
  | { name: 'overview' }
  | { name: 'node'; id: string }
  | { name: 'path'; from: string; to: string }
  | { name: 'review'; document: string | null }
  | { name: 'diff'; from: string };

export interface Route {
  view: View;
  /** The search text, when a search is open. */
  q: string;
}

const decode = (part: string): string | null => {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
};

const encode = (id: string): string => encodeURIComponent(id).replace(/%3A/gi, ':');

/** The route of a location; anything unknown is the overview. */
export function parseRoute(pathname: string, search: string): Route {
  const q = new URLSearchParams(search).get('q') ?? '';
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : '';
  const parts = rest.split('/').filter((part) => part !== '');
  const ids = parts.slice(1).map(decode);
  if (ids.some((id) => id === null || id === '')) return { view: { name: 'overview' }, q };
  if (parts[0] === 'node' && ids.length === 1) return { view: { name: 'node', id: ids[0]! }, q };
  if (parts[0] === 'review' && ids.length <= 1)
    return { view: { name: 'review', document: ids[0] ?? null }, q };
  if (parts[0] === 'diff' && ids.length === 1) return { view: { name: 'diff', from: ids[0]! }, q };
  if (parts[0] === 'path' && ids.length === 2)
    return { view: { name: 'path', from: ids[0]!, to: ids[1]! }, q };
  return { view: { name: 'overview' }, q };
}

function viewPath(view: View): string {
  switch (view.name) {
    case 'node':
      return `${BASE}/node/${encode(view.id)}`;
    case 'path':
      return `${BASE}/path/${encode(view.from)}/${encode(view.to)}`;
    case 'review':
      return view.document === null ? `${BASE}/review` : `${BASE}/review/${encode(view.document)}`;
    case 'diff':
      return `${BASE}/diff/${encode(view.from)}`;
    default:
      return BASE;
  }
}

/** The URL (path and query) of a route. */
export function routeUrl(route: Route): string {
  const path = viewPath(route.view);
  return route.q === '' ? path : `${path}?${new URLSearchParams({ q: route.q }).toString()}`;
}
