import { useEffect } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { warmSearch } from '../data/search/client';
import { DataManager } from '../panels/data-manager/DataManager';
import { HuntScreen } from '../panels/hunt/HuntScreen';
import { PresenterScreen } from '../panels/presenter/PresenterScreen';
import { SpeakerScreen } from '../panels/presenter/SpeakerScreen';
import { SearchScreen } from '../panels/search/SearchScreen';
import { useReadyDatasets } from '../panels/search/useDatasets';
import { useRoute, type Route } from '../store/route';
import { startSample } from '../store/sample';
import { Header } from './Header';
import { KeyboardHelp } from './keyboard/KeyboardHelp';
import { LinkError } from './LinkError';
import { startServiceWorker } from './offline/serviceWorker';

function screenKey(route: Route): string {
  return route.page === 'data' || route.page === 'search'
    ? route.page
    : `${route.page}/${route.huntId}/${route.stepId ?? ''}`;
}

export function App() {
  const route = useRoute((s) => s.route);
  // The speaker window shows notes only: it neither imports nor searches.
  const speaker = route.page === 'speaker';
  // Whatever screen opens first, a fresh browser profile gets the workshop sample.
  useEffect(() => {
    if (!speaker) return startSample();
  }, [speaker]);
  // Production builds keep themselves and the sample for offline use.
  useEffect(() => startServiceWorker(), []);
  // Whatever is ready to search is read into the search worker ahead of the first search.
  const ready = useReadyDatasets();
  const readyIds = ready?.map((d) => d.id).join(',');
  useEffect(() => {
    if (readyIds && !speaker) warmSearch(readyIds.split(','));
  }, [readyIds, speaker]);
  if (route.page === 'speaker') {
    return <SpeakerScreen key={route.huntId} huntId={route.huntId} stepId={route.stepId} />;
  }
  return (
    <div className="app">
      {route.page !== 'present' && <Header />}
      <LinkError />
      <main className="app__main" id="main">
        {/* Another screen or step starts afresh; the header stays usable whatever fails here. */}
        <ErrorBoundary area="screen" resetKey={screenKey(route)}>
          {route.page === 'data' && <DataManager />}
          {route.page === 'search' && <SearchScreen />}
          {route.page === 'hunt' && (
            <HuntScreen key={route.huntId} huntId={route.huntId} stepId={route.stepId} />
          )}
          {route.page === 'present' && (
            <PresenterScreen key={route.huntId} huntId={route.huntId} stepId={route.stepId} />
          )}
        </ErrorBoundary>
      </main>
      <KeyboardHelp />
    </div>
  );
}
