import type { StoredResult } from '../../data/search/client';
import type { HuntSearch, SearchView } from '../../hunts/types';

export interface SearchPanelProps {
  /** Names the panel in the URL (`s=`): a step search's id, or `free` on the search page. */
  searchId: string;
  /** The search as written by the hunt (what "reset" returns to). */
  spl: string;
  view: SearchView;
  /** The default time range, epoch ms (latest exclusive); absent bounds are open. */
  earliest?: number;
  latest?: number;
  /** The hunt's search, when the panel belongs to a step. */
  search?: HuntSearch;
  /** Each finished result, for whoever reads answers off it. */
  onResult?(result: StoredResult): void;
}

// Placeholder until the search panel is built.
export function SearchPanel({ spl }: SearchPanelProps) {
  return <pre>{spl}</pre>;
}
