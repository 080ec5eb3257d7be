import { t } from '../../i18n/messages';
import { useRoute } from '../../store/route';
import { SearchLibrary } from './SearchLibrary';
import { SearchPanel } from './SearchPanel';

// What Splunk's own search page starts with: every index, all time, events.
const DEFAULT_QUERY = 'index=*';

/** The free search page (`#/search`): one search over every loaded dataset. */
export function SearchScreen() {
  const updateSearch = useRoute((s) => s.updateSearch);
  return (
    <div className="search-screen">
      <h1>{t('search.screen.heading')}</h1>
      <p className="muted">{t('search.screen.intro')}</p>
      <SearchPanel
        searchId="free"
        spl={DEFAULT_QUERY}
        view="events"
        resetLabel={t('search.resetFree')}
      />
      <SearchLibrary
        onRun={(s) =>
          updateSearch({
            searchId: 'free',
            query: s.query,
            earliest: s.earliest,
            latest: s.latest,
            view: s.view,
          })
        }
      />
    </div>
  );
}
