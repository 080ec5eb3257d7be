import { Markdown } from '../../components/markdown/Markdown';
import type { Hunt, HuntSearch, HuntStep } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { SearchPanel } from '../search/SearchPanel';
import { searchWindowMs } from './progress-figures';

interface StepSearchProps {
  hunt: Hunt;
  step: HuntStep;
  search: HuntSearch;
}

/** One of a step's searches: the panel, then its title and what to notice, folded. */
export function StepSearch({ hunt, step, search }: StepSearchProps) {
  const { earliest, latest } = searchWindowMs(hunt, step, search);
  return (
    <div className="hunt-search" data-testid="hunt-search" data-search-id={search.id}>
      <h2 className="hunt-search__title" data-i18n-exempt="">
        {search.title}
      </h2>
      <SearchPanel
        searchId={search.id}
        spl={search.spl}
        view={search.view}
        earliest={earliest}
        latest={latest}
        search={search}
        huntSourcetypes={hunt.sourcetypes}
        macros={hunt.macros}
      />
      <details className="hunt-search__notice">
        <summary>{t('hunt.notice.about', { title: search.title })}</summary>
        <Markdown text={search.notice} />
      </details>
    </div>
  );
}
