import { useEffect, useMemo, useRef, useState } from 'react';
import { fetchCompletions, type StoredResult } from '../../data/search/client';
import type { MacroDefinition } from '../../engine';
import type { HuntSearch, SearchView } from '../../hunts/types';
import { t } from '../../i18n/messages';
import { overridesFor, useRoute } from '../../store/route';
import { useSearchLibrary } from '../../store/search-library';
import { useSettings } from '../../store/settings';
import { ResultView } from '../results/ResultView';
import { CommandHelp } from './CommandHelp';
import { IndexNotice } from './IndexNotice';
import { RunCountsLine } from './RunCountsLine';
import { MacroExpansion } from './MacroExpansion';
import { SaveSearch } from './SaveSearch';
import { ScopeLine } from './ScopeLine';
import { searchScope } from './scope';
import { SearchBox } from './SearchBox';
import { SearchTimedOut } from './SearchTimedOut';
import { SplErrorView } from './SplErrorView';
import { TimeRangePicker } from './TimeRangePicker';
import { openBounds, type Range } from './time-range';
import { useReadyDatasets } from '../../store/datasets';
import { isSplError, useSearchRun } from './use-search-run';
import { useResultActions } from './use-result-actions';
import { kindOfQuery, viewForQuery } from './view-for-query';
import './search.css';

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
  /** Label of the reset button (the free search page has no step to return to). */
  resetLabel?: string;
  /** Macros the search may call beyond the stored ones (a hunt file's own); they win. */
  macros?: MacroDefinition[];
  /** A hunt's sourcetypes: the search covers the dataset holding them (see scope.ts). */
  huntSourcetypes?: readonly string[];
}

const VIEWS: SearchView[] = ['events', 'table', 'timechart', 'side-by-side'];
const FREE_VIEWS: SearchView[] = ['events', 'statistics', 'timechart', 'side-by-side'];

/**
 * The views offered: a hunt step's own first, `statistics` standing in for `table` when chosen;
 * on the search page always in Splunk's order, the one the search opens in pressed.
 */
function viewChoices(own: SearchView, free: boolean): SearchView[] {
  if (free) return FREE_VIEWS;
  const base = VIEWS.map((v) => (v === 'table' && own === 'statistics' ? own : v));
  return [own, ...base.filter((v) => v !== own)];
}

export function SearchPanel(props: SearchPanelProps) {
  const { searchId, spl, search, onResult } = props;
  const route = useRoute((s) => s.route);
  const updateSearch = useRoute((s) => s.updateSearch);
  const tz = useSettings((s) => s.timeZone);
  const timeLimitSeconds = useSettings((s) => s.searchTimeLimit);
  const ov = overridesFor(route, searchId);
  const query = ov.query ?? spl;
  // The view follows the search, as on Splunk's search page; a hunt's own search keeps its own.
  const kind = useMemo(() => kindOfQuery(query), [query]);
  const free = search === undefined;
  const ownView = viewForQuery(
    kind,
    free ? undefined : { view: props.view, unchanged: query === spl },
  );
  // `table` and `statistics` show the same table; the search page offers it as Statistics (a
  // step's saved search may bring `table` there).
  const chosenView = ov.view ?? ownView;
  const view = free && chosenView === 'table' ? 'statistics' : chosenView;
  const defaults: Range = { earliest: props.earliest, latest: props.latest };
  const range = openBounds({
    earliest: ov.earliest ?? props.earliest,
    latest: ov.latest ?? props.latest,
  });

  const datasets = useReadyDatasets();
  const scope = useMemo(
    () => searchScope(datasets ?? [], ov.datasets, props.huntSourcetypes),
    [datasets, ov.datasets, props.huntSourcetypes],
  );
  const datasetIds = datasets === undefined ? undefined : scope.ids;
  const [dataMinTime, dataMaxTime] = useMemo(() => {
    const ready = (datasets ?? []).filter((d) => Number.isFinite(d.minTime));
    if (ready.length === 0) return [undefined, undefined];
    return [Math.min(...ready.map((d) => d.minTime)), Math.max(...ready.map((d) => d.maxTime))];
  }, [datasets]);

  const [draft, setDraft] = useState(query);
  // A new effective query (Back/Forward, a filter, a reset) replaces what is in the box.
  useEffect(() => setDraft(query), [query]);
  const [nonce, setNonce] = useState(0);
  const [expandedOpen, setExpandedOpen] = useState(false);
  // Where the cursor is in the box; unset until the user works in it (then help shows).
  const [cursor, setCursor] = useState<number>();
  const [lineNumbers, setLineNumbers] = useState(false);
  const { state, cancel, runAnyway } = useSearchRun(
    {
      query,
      datasetIds,
      earliest: range.earliest,
      latest: range.latest,
      tz,
      summarize: view === 'events',
      nonce,
      macros: props.macros,
      timeLimitSeconds,
    },
    onResult,
  );

  // A run the user asked for goes into the search history (on the search page, every run).
  const asked = useRef(false);
  const record = useSearchLibrary((s) => s.record);
  useEffect(() => {
    if (state.status !== 'done' || !(free || asked.current)) return;
    asked.current = false;
    const r = state.result;
    record({
      query,
      earliest: range.earliest,
      latest: range.latest,
      at: Date.now(),
      count: r.events ? r.counts.matched : r.rows.length,
    });
    // Only a newly finished search is recorded, not a change of range or view meanwhile.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const run = () => {
    asked.current = true;
    if (draft !== query) updateSearch({ searchId, query: draft });
    else setNonce((n) => n + 1);
  };
  const reset = () => {
    const r = useRoute.getState().route;
    if ('search' in r && overridesFor(r, searchId).searchId !== undefined) {
      useRoute.getState().navigate({ ...r, search: {} });
    }
    setDraft(spl);
  };
  const actions = useResultActions({
    searchId,
    query,
    range,
    defaults,
    dataMinTime,
    dataMaxTime,
  });

  const running = state.status === 'running';
  // The first events streamed in, shown as a result of their own until the search is done;
  // one object per batch, so the view is not rebuilt on every progress report.
  const streamedRows = state.status === 'running' ? state.rows : undefined;
  const partial = useMemo<StoredResult | undefined>(
    () =>
      streamedRows && streamedRows.length > 0
        ? {
            fields: [],
            rows: streamedRows,
            counts: { scanned: 0, matched: streamedRows.length, chunksRead: 0, chunksTotal: 0 },
            fast: false,
            ms: 0,
          }
        : undefined,
    [streamedRows],
  );
  const splError = state.status === 'error' && isSplError(state.error) ? state.error : undefined;
  // Shown while the box holds the search that failed: an edit clears it, as on Splunk's search
  // page, rather than leaving an error about text that is no longer there until the next run.
  const shownError = draft === query ? splError : undefined;
  const noData = datasets !== undefined && datasets.length === 0;

  return (
    <section className="search-panel card" data-search-id={searchId} data-status={state.status}>
      <div className="search-panel__bar">
        <SearchBox
          value={draft}
          onChange={setDraft}
          onRun={run}
          onExpand={() => setExpandedOpen((o) => !o)}
          // The error's place is in the search that ran, not in an edit of it.
          error={shownError}
          complete={(q, pos) => fetchCompletions(q, pos, datasetIds ?? [], props.macros)}
          onCursor={setCursor}
          lineNumbers={lineNumbers}
        />
        <div className="search-panel__controls">
          <TimeRangePicker
            value={range}
            defaults={defaults}
            dataMaxTime={dataMaxTime}
            tz={tz}
            onChange={(r) => updateSearch({ searchId, earliest: r.earliest, latest: r.latest })}
          />
          {running ? (
            <button
              type="button"
              className="button button--danger"
              onClick={cancel}
              data-search-cancel=""
            >
              {t('search.cancel')}
            </button>
          ) : (
            <button
              type="button"
              className="button button--primary"
              onClick={run}
              data-search-run=""
            >
              {t('search.run')}
            </button>
          )}
          <button type="button" className="button" onClick={reset}>
            {props.resetLabel ?? t('search.reset')}
          </button>
          <SaveSearch
            query={draft}
            earliest={range.earliest}
            latest={range.latest}
            view={view}
            suggestedName={search?.title}
          />
        </div>
      </div>
      {cursor !== undefined && (
        <div className="search-panel__assist">
          <CommandHelp query={draft} cursor={cursor} />
          <button
            type="button"
            className="button"
            aria-pressed={lineNumbers}
            onClick={() => setLineNumbers((on) => !on)}
          >
            {t('editor.lineNumbers')}
          </button>
        </div>
      )}
      <MacroExpansion
        query={draft}
        extra={props.macros}
        open={expandedOpen}
        onToggle={() => setExpandedOpen((o) => !o)}
      />
      {datasets !== undefined && datasets.length > 0 && (
        <>
          <ScopeLine
            datasets={datasets}
            scope={scope}
            hunt={props.huntSourcetypes !== undefined}
            onChoose={(ids) => updateSearch({ searchId, datasets: ids })}
          />
          <IndexNotice query={query} datasets={datasets} ids={scope.ids} />
        </>
      )}
      <div className="search-panel__meta">
        <div className="search-panel__views" role="group" aria-label={t('search.view.label')}>
          {viewChoices(ownView, free).map((v) => (
            <button
              key={v}
              type="button"
              className="button"
              aria-pressed={v === view}
              onClick={() => updateSearch({ searchId, view: v === ownView ? undefined : v })}
            >
              {t(`search.view.${v}`)}
            </button>
          ))}
        </div>
        <RunCountsLine state={state} />
      </div>
      {noData && (
        <p className="search-panel__nodata">
          {t('search.noData')} <a href="#/data">{t('search.noData.link')}</a>
        </p>
      )}
      {shownError && <SplErrorView query={query} error={shownError} />}
      {state.status === 'error' && !splError && (
        <p role="alert" className="search-panel__failed">
          {t('search.status.failed', { message: state.error.message })}
        </p>
      )}
      {state.status === 'timedOut' && (
        <SearchTimedOut seconds={state.seconds} onRunAnyway={runAnyway} />
      )}
      {state.status === 'cancelled' && (
        <p role="status" data-testid="search-cancelled">
          {t('search.status.cancelled')}
        </p>
      )}
      {state.status === 'done' && (
        <ResultView
          view={view}
          result={state.result}
          query={query}
          tz={tz}
          earliest={range.earliest}
          latest={range.latest}
          search={search}
          actions={actions}
        />
      )}
      {partial && view === 'events' && (
        <ResultView
          view="events"
          partial
          result={partial}
          query={query}
          tz={tz}
          earliest={range.earliest}
          latest={range.latest}
          search={search}
          actions={actions}
        />
      )}
    </section>
  );
}
