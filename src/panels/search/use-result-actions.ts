import { type Row, toNumber } from '../../engine';
import { useRoute } from '../../store/route';
import type { ResultActions } from '../results/types';
import { addFilter, filterTerm } from './query-edit';
import { zoomOutRange, type Range } from './time-range';

const CONTEXT_MS = 5 * 60_000;

interface ActionInput {
  searchId: string;
  /** The query as run. */
  query: string;
  /** The range in effect (open bounds undefined) and the step's own. */
  range: Range;
  defaults: Range;
  /** The loaded data's first and last event times, epoch ms. */
  dataMinTime?: number;
  dataMaxTime?: number;
}

/** The result views' actions as steps in the route, so Back undoes each of them. */
export function useResultActions({
  searchId,
  query,
  range,
  dataMinTime,
  dataMaxTime,
}: ActionInput): ResultActions {
  const updateSearch = useRoute((s) => s.updateSearch);
  const navigate = useRoute((s) => s.navigate);
  return {
    addFilter: (field, value, exclude) =>
      updateSearch({ searchId, query: addFilter(query, field, value, exclude) }),
    runSearch: (q) => updateSearch({ searchId, query: q, view: undefined }),
    zoomTo: (earliest, latest) => updateSearch({ searchId, earliest, latest }),
    zoomOut: () => {
      const wider = zoomOutRange(range, { earliest: dataMinTime, latest: dataMaxTime });
      if (wider) updateSearch({ searchId, ...wider });
    },
    resetZoom: () => updateSearch({ searchId, earliest: undefined, latest: undefined }),
    showContext: (row: Row) => {
      const seconds = toNumber(row._time ?? null);
      const host = row.host;
      if (seconds === null || host === undefined || host === null) return;
      const at = seconds * 1000;
      const hostText = Array.isArray(host) ? String(host[0]) : String(host);
      navigate({
        page: 'search',
        search: {
          searchId: 'free',
          query: filterTerm('host', hostText, false),
          earliest: at - CONTEXT_MS,
          latest: at + CONTEXT_MS,
          view: 'events',
        },
      });
    },
  };
}
