/**
 * The explorer's views as URLs a researcher can share, restored on reload:
 * `/explore` (the overview), `/explore/node/<id>`, `/explore/path/<from>/<to>`, and `?q=<text>` for a
 * search on any of them. Ids keep their colon (`municipality:delft`) so the links stay readable.
 */
export const BASE = '/explore';

export type View =
  { name: 'overview' } | { name: 'node'; id: string } | { name: 'path'; from: string; to: string };

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
  if (parts[0] === 'path' && ids.length === 2)
    return { view: { name: 'path', from: ids[0]!, to: ids[1]! }, q };
  return { view: { name: 'overview' }, q };
}

/** The URL (path and query) of a route. */
export function routeUrl(route: Route): string {
  const { view } = route;
  const path =
    view.name === 'node'
      ? `${BASE}/node/${encode(view.id)}`
      : view.name === 'path'
        ? `${BASE}/path/${encode(view.from)}/${encode(view.to)}`
        : BASE;
  return route.q === '' ? path : `${path}?${new URLSearchParams({ q: route.q }).toString()}`;
}
