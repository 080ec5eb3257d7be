import { parseSearch, resultKind, type ResultKind } from '../../engine';
import type { SearchView } from '../../hunts/types';

/** The result kind of a query, or null while it does not parse (the view then stays). */
export function kindOfQuery(query: string): ResultKind | null {
  try {
    return resultKind(parseSearch(query));
  } catch {
    return null;
  }
}

const VIEW_OF_KIND: Record<ResultKind, SearchView> = {
  events: 'events',
  statistics: 'statistics',
  timechart: 'timechart',
};

/** Which views show a kind of result; the first is the one it opens in. */
const VIEWS_FOR: Record<ResultKind, readonly SearchView[]> = {
  events: ['events'],
  statistics: ['statistics', 'table', 'side-by-side'],
  timechart: ['timechart', 'statistics', 'table', 'side-by-side'],
};

/**
 * The view a search opens in, as Splunk's search page picks it: from what its commands make
 * (events, a table, a time chart). A hunt step's own search keeps the view its author chose; an
 * edited one keeps it too while that view can show the new results, and otherwise follows them.
 */
export function viewForQuery(
  kind: ResultKind | null,
  authored?: { view: SearchView; unchanged: boolean },
): SearchView {
  if (authored && (authored.unchanged || kind === null || VIEWS_FOR[kind].includes(authored.view)))
    return authored.view;
  return kind === null ? 'events' : VIEW_OF_KIND[kind];
}
