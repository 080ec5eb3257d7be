import { create } from 'zustand';
import { formatHash, parseLink, type Route, type SearchOverrides } from './route-hash';

export type { Route, SearchOverrides } from './route-hash';

interface RouteState {
  route: Route;
  /** The hash of a link that could not be read (the route is then the start page), else null. */
  badLink: string | null;
  dismissBadLink: () => void;
  /**
   * Goes to a route. A new history entry by default, so Back returns to where the user was
   * (every zoom and every edited search is a step of the investigation); `replace` for
   * changes that are not (typing).
   */
  navigate: (route: Route, opts?: { replace?: boolean }) => void;
  /**
   * Changes the current page's search state. `searchId` names the search the overrides are
   * for; switching to another search drops the previous one's overrides.
   */
  updateSearch: (patch: SearchOverrides, opts?: { replace?: boolean }) => void;
}

/** The route in the address bar; a link that cannot be read gives the start page, never a throw. */
function currentRoute(): { route: Route; badLink: string | null } {
  const hash = typeof location === 'undefined' ? '' : location.hash;
  const { route, malformed } = parseLink(hash);
  return { route, badLink: malformed ? hash : null };
}

export const useRoute = create<RouteState>()((set, get) => ({
  ...currentRoute(),
  dismissBadLink: () => set({ badLink: null }),
  navigate: (route, opts) => {
    const hash = formatHash(route);
    if (typeof history !== 'undefined' && hash !== location.hash) {
      // The start page has no hash; an empty URL would keep the current one.
      const url = hash || `${location.pathname}${location.search}`;
      if (opts?.replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    set({ route, badLink: null });
  },
  updateSearch: (patch, opts) => {
    const route = get().route;
    if (!('search' in route)) return;
    const same = patch.searchId === undefined || patch.searchId === route.search.searchId;
    const search = same ? { ...route.search, ...patch } : { ...patch };
    for (const key of Object.keys(search) as (keyof SearchOverrides)[]) {
      if (search[key] === undefined) delete search[key];
    }
    get().navigate({ ...route, search }, opts);
  },
}));

// Back and Forward (and links typed or pasted into the address bar) change the hash.
if (typeof window !== 'undefined') {
  const sync = () => {
    const { route, badLink } = currentRoute();
    const state = useRoute.getState();
    if (badLink !== state.badLink) useRoute.setState({ badLink });
    if (formatHash(route) !== formatHash(state.route)) useRoute.setState({ route });
  };
  window.addEventListener('popstate', sync);
  window.addEventListener('hashchange', sync);
}

/** The overrides for one search, or none when the URL is about another one. */
export function overridesFor(route: Route, searchId: string): SearchOverrides {
  if (!('search' in route)) return {};
  return route.search.searchId === searchId ? route.search : {};
}
