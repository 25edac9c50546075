// Hash routes carry the page's state, so a screening or an entity can be shared, bookmarked and
// reopened after a reload: `#/screen?name=…&country=IQ`, `#/entity/un%3ATAi.144`.
import { useEffect, useState } from 'preact/hooks';

/** Where the address points: the view, an optional path argument and the query parameters. */
export interface Route {
  page: string;
  /** The part after the page, decoded (the entity id of `#/entity/{id}`). */
  arg: string;
  params: URLSearchParams;
}

/** Reads the current hash into a route. */
export function readRoute(hash: string = location.hash): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const slash = path.indexOf('/');
  const page = slash < 0 ? path : path.slice(0, slash);
  let arg = slash < 0 ? '' : path.slice(slash + 1);
  try {
    arg = decodeURIComponent(arg);
  } catch {
    // A hand-edited address with a stray % keeps its raw text.
  }
  return { page, arg, params };
}

/** The hash for a view, its argument and its parameters (empty values left out). */
export function routeHash(page: string, arg = '', params: Record<string, string> = {}): string {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== ''));
  const text = query.toString();
  return `#/${page}${arg === '' ? '' : `/${encodeURIComponent(arg)}`}${text === '' ? '' : `?${text}`}`;
}

/** The address of one listed entity's page. */
export function entityHash(id: string): string {
  return routeHash('entity', id);
}

/** The address of one alert's page (its permalink). */
export function alertHash(id: number): string {
  return routeHash('alert', String(id));
}

/**
 * Records the state of the current view in the address without adding a history entry per
 * keystroke; `push` adds one (a new screening is a step the Back button should undo).
 */
export function setRouteParams(params: Record<string, string>, push = false): void {
  const { page, arg } = readRoute();
  const hash = routeHash(page, arg, params);
  if (hash === location.hash) return;
  if (push) history.pushState(null, '', hash);
  else history.replaceState(null, '', hash);
}

/** The current route, updated when the address changes (links, Back, Forward). */
export function useRoute(): Route {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const update = (): void => {
      setRoute(readRoute());
    };
    addEventListener('hashchange', update);
    addEventListener('popstate', update);
    return () => {
      removeEventListener('hashchange', update);
      removeEventListener('popstate', update);
    };
  }, []);
  return route;
}
