import type { SearchView } from '../hunts/types';

/**
 * What a search panel shows when the user has changed it from the step's own search: the
 * query, the time range (epoch ms, latest exclusive) and the view. Absent parts keep the step's.
 */
export interface SearchOverrides {
  /** Which search of the step (or of the free search page) this is about. */
  searchId?: string;
  query?: string;
  earliest?: number;
  latest?: number;
  view?: SearchView;
  /** The datasets (by id) the search is narrowed to; absent: its default scope. */
  datasets?: string[];
}

/** Where the user is. The URL's hash holds it, so a copied link reopens exactly this view. */
export type Route =
  /** No address: the library when more than one hunt is installed, else that hunt. */
  | { page: 'start' }
  /** The hunt library. */
  | { page: 'hunts' }
  /** Author mode: a hunt file from disk, checked and shown as learners see it. */
  | { page: 'author' }
  | { page: 'data' }
  | { page: 'search'; search: SearchOverrides }
  /** `stepId` absent: the hunt's overview. */
  | { page: 'hunt'; huntId: string; stepId?: string; search: SearchOverrides }
  /** A trainer showing one step to a room; the searches keep their overrides as in a step. */
  | { page: 'present'; huntId: string; stepId: string; search: SearchOverrides }
  /** The trainer's own window beside the presenter; `stepId` is where it opens. */
  | { page: 'speaker'; huntId: string; stepId?: string };

export const HOME: Route = { page: 'start' };

const VIEWS: readonly SearchView[] = ['events', 'table', 'statistics', 'timechart', 'side-by-side'];

function parseInstant(text: string | null): number | undefined {
  if (text === null || text === '') return undefined;
  const ms = /^-?\d+$/.test(text) ? Number(text) : Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

function parseOverrides(params: URLSearchParams): SearchOverrides {
  const view = params.get('view');
  const out: SearchOverrides = {
    searchId: params.get('s') ?? undefined,
    query: params.get('q') ?? undefined,
    earliest: parseInstant(params.get('from')),
    latest: parseInstant(params.get('to')),
    view: VIEWS.includes(view as SearchView) ? (view as SearchView) : undefined,
    datasets: datasetList(params.get('ds')),
  };
  for (const key of Object.keys(out) as (keyof SearchOverrides)[]) {
    if (out[key] === undefined) delete out[key];
  }
  return out;
}

function datasetList(text: string | null): string[] | undefined {
  if (text === null) return undefined;
  const ids = text.split(',').filter((id) => id !== '');
  return ids.length > 0 ? ids : undefined;
}

/** A route read from a hash; `malformed` when the hash could not be decoded (HOME then). */
export interface ParsedLink {
  route: Route;
  malformed: boolean;
}

/**
 * Reads a location hash and says whether it could be read: a path part with a malformed `%`
 * escape (`%E0%A4%A`) cannot be decoded, and such a link gives the start page (HOME).
 */
export function parseLink(hash: string): ParsedLink {
  try {
    return { route: parseHash(hash), malformed: false };
  } catch (err) {
    if (!(err instanceof URIError)) throw err;
    return { route: HOME, malformed: true };
  }
}

/**
 * Reads a location hash such as `#/hunts/ftp-exfiltration/cluster-1?s=x&q=...&from=...`. Throws
 * URIError on a malformed `%` escape in the path (see parseLink).
 */
export function parseHash(hash: string): Route {
  const text = hash.replace(/^#/, '');
  const [path = '', query = ''] = text.split(/\?(.*)/s, 2);
  const parts = path
    .split('/')
    .filter((p) => p !== '')
    .map((p) => decodeURIComponent(p));
  const search = parseOverrides(new URLSearchParams(query));
  if (parts[0] === 'data') return { page: 'data' };
  if (parts[0] === 'author') return { page: 'author' };
  if (parts[0] === 'hunts' && parts.length === 1) return { page: 'hunts' };
  if (parts[0] === 'search') return { page: 'search', search };
  if (parts[0] === 'present' && parts[1] && parts[2]) {
    return { page: 'present', huntId: parts[1], stepId: parts[2], search };
  }
  if (parts[0] === 'speaker' && parts[1]) {
    return parts[2]
      ? { page: 'speaker', huntId: parts[1], stepId: parts[2] }
      : { page: 'speaker', huntId: parts[1] };
  }
  if (parts[0] === 'hunts' && parts[1]) {
    return parts[2]
      ? { page: 'hunt', huntId: parts[1], stepId: parts[2], search }
      : { page: 'hunt', huntId: parts[1], search };
  }
  return HOME;
}

function instantText(ms: number): string {
  return new Date(ms).toISOString();
}

/** The hash for a route; times are written as UTC ISO 8601 so that a link reads plainly. */
export function formatHash(route: Route): string {
  if (route.page === 'start') return '';
  if (route.page === 'data' || route.page === 'hunts' || route.page === 'author') {
    return `#/${route.page}`;
  }
  if (route.page === 'speaker') {
    return (
      `#/speaker/${encodeURIComponent(route.huntId)}` +
      (route.stepId ? `/${encodeURIComponent(route.stepId)}` : '')
    );
  }
  const params = new URLSearchParams();
  const s = route.search;
  if (s.searchId !== undefined) params.set('s', s.searchId);
  if (s.query !== undefined) params.set('q', s.query);
  if (s.earliest !== undefined) params.set('from', instantText(s.earliest));
  if (s.latest !== undefined) params.set('to', instantText(s.latest));
  if (s.view !== undefined) params.set('view', s.view);
  if (s.datasets !== undefined && s.datasets.length > 0) params.set('ds', s.datasets.join(','));
  const query = params.toString();
  const path =
    route.page === 'search'
      ? '#/search'
      : route.page === 'present'
        ? `#/present/${encodeURIComponent(route.huntId)}/${encodeURIComponent(route.stepId)}`
        : `#/hunts/${encodeURIComponent(route.huntId)}` +
          (route.stepId ? `/${encodeURIComponent(route.stepId)}` : '');
  return query ? `${path}?${query}` : path;
}
