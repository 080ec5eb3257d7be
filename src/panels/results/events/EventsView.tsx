import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { TimeHistogram } from '../../../charts/TimeHistogram';
import { ErrorBoundary } from '../../../components/ErrorBoundary';
import { summarizeEvents, type EventsSummary } from '../../../data/search/events-summary';
import { fetchPage } from '../../../data/search/client';
import type { Row } from '../../../engine';
import { t } from '../../../i18n/messages';
import { resultKey } from '../result-key';
import { EVENTS_MODES, useEventDisplay } from '../../../store/event-display';
import type { ResultViewProps } from '../types';
import { EventItem } from './EventItem';
import { EventsTable, RawEvents } from './EventsModes';
import { FieldSidebar } from './FieldSidebar';
import { highlightTerms } from './highlight';
import './events.css';

export const PAGE_SIZES = [20, 50, 100] as const;

/**
 * Events as Splunk's Events tab shows them: timeline above, field sidebar beside, the events
 * newest first a page at a time. A new result starts again on page one with nothing open.
 */
export function EventsView(props: ResultViewProps) {
  return <EventsBody key={resultKey(props.result)} {...props} />;
}

function isTyping(target: EventTarget): boolean {
  const el = target as HTMLElement;
  return (
    el.isContentEditable ||
    el.tagName === 'INPUT' ||
    el.tagName === 'TEXTAREA' ||
    el.tagName === 'SELECT'
  );
}

function EventsBody({ result, query, tz, earliest, latest, actions, partial }: ResultViewProps) {
  // A result run without `summarize` has every row here; summarize it here then.
  const summary: EventsSummary = useMemo(
    () => result.events ?? summarizeEvents(-1, result.rows, tz, earliest, latest),
    [result, tz, earliest, latest],
  );
  const resultId = result.events?.resultId;
  const total = summary.total;
  const terms = useMemo(() => highlightTerms(query), [query]);
  const [pageSize, setPageSize] = useState<number>(PAGE_SIZES[0]);
  const [page, setPage] = useState(0);
  const [fetched, setFetched] = useState<{ offset: number; rows: Row[] } | Error | null>(null);
  const [selected, setSelected] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggles = useRef<(HTMLButtonElement | null)[]>([]);
  const mode = useEventDisplay((s) => s.mode);
  const setMode = useEventDisplay((s) => s.setMode);
  const chosen = useEventDisplay((s) => s.selected);

  const offset = page * pageSize;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const local = resultId === undefined || offset + pageSize <= result.rows.length;
  const rows: Row[] | null = local
    ? result.rows.slice(offset, offset + pageSize)
    : fetched && !(fetched instanceof Error) && fetched.offset === offset
      ? fetched.rows.slice(0, pageSize)
      : null;

  useEffect(() => {
    if (local || resultId === undefined) return;
    let live = true;
    fetchPage(resultId, offset, pageSize).then(
      (r) => live && setFetched({ offset, rows: r }),
      (e: unknown) => live && setFetched(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [local, resultId, offset, pageSize]);

  const goTo = (next: number) => {
    setPage(Math.min(Math.max(0, next), pages - 1));
    setSelected(0);
    setExpanded(new Set());
    setFetched(null);
  };

  const toggle = (i: number) => {
    const next = new Set(expanded);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    setExpanded(next);
  };

  const select = (i: number) => {
    setSelected(i);
    toggles.current[i]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || !rows) return;
    if (e.key === 'j' && selected < rows.length - 1) {
      e.preventDefault();
      select(selected + 1);
    } else if (e.key === 'k' && selected > 0) {
      e.preventDefault();
      select(selected - 1);
    } else if (e.key === 'Escape' && expanded.has(selected)) {
      e.preventDefault();
      toggle(selected);
    } else if (e.key === 'Enter' && !(e.target as HTMLElement).closest('button, a')) {
      // On a button Enter clicks it; elsewhere in the list it opens the selected event.
      e.preventDefault();
      toggle(selected);
    }
  };

  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + pageSize, total);

  return (
    <div className="events-view">
      <p className="events-view__count" data-testid="events-count">
        {partial
          ? t('results.events.countSoFar', { count: total })
          : t('results.events.count', { count: total })}
      </p>
      {summary.timeline.buckets.length > 0 && (
        <figure className="events-view__timeline">
          <figcaption>{t('results.events.timeline', { span: summary.timeline.span })}</figcaption>
          <TimeHistogram buckets={summary.timeline.buckets} tz={tz} onZoom={actions.zoomTo} />
        </figure>
      )}
      <div className="events-view__main">
        <FieldSidebar
          fields={summary.fields}
          total={total}
          resultId={resultId}
          onFilter={actions.addFilter}
          query={query}
          onSearch={actions.runSearch}
        />
        <section className="events-view__list" aria-label={t('results.events.list')}>
          {total === 0 ? (
            <p>{t('results.events.none')}</p>
          ) : (
            <>
              <nav className="events-pager" aria-label={t('results.events.pages')}>
                <label>
                  {t('results.events.pageSize')}{' '}
                  <select
                    value={pageSize}
                    onChange={(e) => {
                      setPageSize(Number(e.target.value));
                      setPage(0);
                      setSelected(0);
                      setExpanded(new Set());
                    }}
                  >
                    {PAGE_SIZES.map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </label>
                <span data-testid="events-range">
                  {t('results.events.range', { from, to, total })}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => goTo(page - 1)}
                  disabled={page === 0}
                >
                  {t('results.events.previous')}
                </button>
                <span>{t('results.events.pageOf', { page: page + 1, pages })}</span>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => goTo(page + 1)}
                  disabled={page >= pages - 1}
                >
                  {t('results.events.next')}
                </button>
              </nav>
              <div
                className="events-view__modes"
                role="group"
                aria-label={t('results.events.mode.label')}
              >
                {EVENTS_MODES.map((m) => (
                  <button
                    key={m}
                    type="button"
                    className="button button--small"
                    aria-pressed={m === mode}
                    onClick={() => setMode(m)}
                  >
                    {t(`results.events.mode.${m}`)}
                  </button>
                ))}
              </div>
              {mode === 'list' && <p className="events-view__keys">{t('results.events.keys')}</p>}
              {fetched instanceof Error && !local ? (
                <p role="alert">{t('results.events.pageFailed', { message: fetched.message })}</p>
              ) : rows === null ? (
                <p role="status">{t('results.events.loading')}</p>
              ) : mode === 'raw' ? (
                <RawEvents rows={rows} start={offset + 1} terms={terms} />
              ) : mode === 'table' ? (
                <EventsTable rows={rows} tz={tz} fields={chosen} />
              ) : (
                <ol className="events" start={offset + 1} onKeyDown={onKeyDown}>
                  {rows.map((row, i) => (
                    // One event that cannot be shown stays one failed item in the list.
                    <ErrorBoundary key={offset + i} area="event" as="li">
                      <EventItem
                        ref={(el) => {
                          toggles.current[i] = el;
                        }}
                        row={row}
                        tz={tz}
                        selectedFields={chosen}
                        terms={terms}
                        expanded={expanded.has(i)}
                        selected={selected === i}
                        onToggle={() => toggle(i)}
                        onSelect={() => setSelected(i)}
                        onFilter={actions.addFilter}
                        onContext={actions.showContext}
                      />
                    </ErrorBoundary>
                  ))}
                </ol>
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
