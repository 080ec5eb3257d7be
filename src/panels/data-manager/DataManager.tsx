import { useEffect } from 'react';
import { startDatasets } from '../../store/datasets';
import { DatasetList } from './DatasetList';
import { ImportOutcome } from './ImportOutcome';
import { ImportPicker } from './ImportPicker';
import { LookupTables } from './LookupTables';
import { MacroDefinitions } from './MacroDefinitions';
import { SampleOffer } from './SampleOffer';
import './data-manager.css';

export function DataManager() {
  useEffect(() => startDatasets(), []);

  // A file dropped just beside the drop zone would otherwise make the browser navigate away
  // to display it, losing the page.
  useEffect(() => {
    const block = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', block);
    window.addEventListener('drop', block);
    return () => {
      window.removeEventListener('dragover', block);
      window.removeEventListener('drop', block);
    };
  }, []);

  return (
    <div className="data-manager">
      <ImportPicker />
      <SampleOffer />
      <ImportOutcome />
      <DatasetList />
      <LookupTables />
      <MacroDefinitions />
    </div>
  );
}
