import { useEffect, useState } from 'react';
import { listDatasets, onDatasetsChanged } from '../../data/db/datasets';
import type { DatasetRecord } from '../../data/db/schema-types';

/** The datasets ready to search (undefined while they are being listed), kept current. */
export function useReadyDatasets(): DatasetRecord[] | undefined {
  const [datasets, setDatasets] = useState<DatasetRecord[]>();
  useEffect(() => {
    let live = true;
    const load = () => {
      listDatasets()
        .then((all) => {
          if (live) setDatasets(all.filter((d) => d.status === 'ready'));
        })
        .catch(() => {
          if (live) setDatasets([]);
        });
    };
    load();
    const off = onDatasetsChanged(load);
    return () => {
      live = false;
      off();
    };
  }, []);
  return datasets;
}
