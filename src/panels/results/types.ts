import type { StoredResult } from '../../data/search/client';
import type { Row } from '../../engine';
import type { HuntSearch } from '../../hunts/types';

/**
 * What a result view may do besides drawing its result. The search panel implements these on
 * top of the route store, so every change is a step in the browser's history.
 */
export interface ResultActions {
  /** Adds `field="value"` to the search (`field!="value"` when excluding) and runs it. */
  addFilter(field: string, value: string, exclude: boolean): void;
  /** Narrows the time range to [earliest, latest) (epoch ms) and runs the search again. */
  zoomTo(earliest: number, latest: number): void;
  /** Doubles the time range around its middle. */
  zoomOut(): void;
  /** Back to the step's own time range. */
  resetZoom(): void;
  /** Runs another search in this panel (a field's top values, say); the view follows it. */
  runSearch(query: string): void;
  /** Shows the events of the same host within a few minutes around this one. */
  showContext(row: Row): void;
}

export interface ResultViewProps {
  result: StoredResult;
  /** The query as run (for highlighting the terms it matched). */
  query: string;
  /** IANA zone every time is shown in. */
  tz: string;
  /** The time range the search ran over, epoch ms; absent bounds are open. */
  earliest?: number;
  latest?: number;
  /** The hunt's search, when the panel belongs to a step (side-by-side reads `split`). */
  search?: HuntSearch;
  actions: ResultActions;
  /** The first events of a search still running: counts are of these events only. */
  partial?: boolean;
}
