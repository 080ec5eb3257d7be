import { useEffect } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { warmSearch } from '../data/search/client';
import { DataManager } from '../panels/data-manager/DataManager';
import { HuntScreen } from '../panels/hunt/HuntScreen';
import { AuthorScreen } from '../panels/library/AuthorScreen';
import { HuntLibrary } from '../panels/library/HuntLibrary';
import { StartPage } from '../panels/library/StartPage';
import { PresenterScreen } from '../panels/presenter/PresenterScreen';
import { SpeakerScreen } from '../panels/presenter/SpeakerScreen';
import { SearchScreen } from '../panels/search/SearchScreen';
import { useReadyDatasets } from '../store/datasets';
import { useHunts } from '../store/hunts';
import { useRoute, type Route } from '../store/route';
import { startSample } from '../store/sample';
import { useLanguage } from '../store/settings';
import { Header } from './Header';
import { KeyboardHelp } from './keyboard/KeyboardHelp';
import { LinkError } from './LinkError';
import { startServiceWorker } from './offline/service-worker';

function screenKey(route: Route): string {
  return 'huntId' in route ? `${route.page}/${route.huntId}/${route.stepId ?? ''}` : route.page;
}

export function App() {
  const route = useRoute((s) => s.route);
  // A change of language renders the whole tree again, every text from the new catalogue;
  // nothing else (progress, searches, views) changes with it.
  useLanguage();
  // The speaker window shows notes only: it neither imports nor searches.
  const speaker = route.page === 'speaker';
  // Whatever screen opens first, a fresh browser profile gets the workshop sample.
  useEffect(() => {
    if (!speaker) return startSample();
  }, [speaker]);
  // The hunts: those that come with the app and those the user imported.
  useEffect(() => {
    void useHunts.getState().load();
  }, []);
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
          {route.page === 'start' && <StartPage />}
          {route.page === 'hunts' && <HuntLibrary />}
          {route.page === 'author' && <AuthorScreen />}
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
