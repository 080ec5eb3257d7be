import { useEffect, useMemo, useState } from 'react';
import { storedLookupNames } from '../../data/progress/lookup-names';
import { useDatasets } from '../../store/datasets';

export interface DataPresence {
  /** Sourcetypes with events in some stored dataset. */
  sourcetypes: ReadonlySet<string>;
  /** Stored lookup names, lower case; null until read. */
  lookups: ReadonlySet<string> | null;
}

/** What data is stored, to mark what a hunt needs as present or missing. */
export function useDataPresence(): DataPresence {
  const datasets = useDatasets((s) => s.datasets);
  const [lookups, setLookups] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    storedLookupNames().then(
      (names) => live && setLookups(names),
      () => live && setLookups([]),
    );
    return () => {
      live = false;
    };
    // Lookups arrive with imports, so a change of datasets is the cue to look again.
  }, [datasets]);
  return useMemo(
    () => ({
      sourcetypes: new Set(
        datasets.flatMap((ds) =>
          Object.keys(ds.sourcetypes).filter((st) => ds.sourcetypes[st] > 0),
        ),
      ),
      lookups: lookups === null ? null : new Set(lookups.map((n) => n.toLowerCase())),
    }),
    [datasets, lookups],
  );
}
