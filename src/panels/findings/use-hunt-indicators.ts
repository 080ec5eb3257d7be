import { useEffect, useState } from 'react';
import type { HuntProgressRecord } from '../../data/db/schema-types';
import type { Hunt } from '../../hunts/types';
import type { Indicator } from '../../workbook/indicators';
import { gatherIndicators } from '../../workbook/report/indicators-client';

export interface HuntIndicators {
  indicators: Indicator[];
  /** False until the first answer; later changes keep the last list until theirs is in. */
  ready: boolean;
  error?: string;
}

/**
 * The hunt's indicators, gathered off the page's thread whenever the progress or the hunt (a new
 * language, an edited import) changes.
 */
export function useHuntIndicators(hunt: Hunt, progress: HuntProgressRecord | null): HuntIndicators {
  const [state, setState] = useState<HuntIndicators>({ indicators: [], ready: false });
  useEffect(() => {
    let live = true;
    gatherIndicators(hunt, progress).then(
      (indicators) => live && setState({ indicators, ready: true }),
      (err: Error) => live && setState((s) => ({ ...s, ready: true, error: err.message })),
    );
    return () => {
      live = false;
    };
  }, [hunt, progress]);
  return state;
}
