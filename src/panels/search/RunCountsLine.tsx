import { t } from '../../i18n/messages';
import { SearchInspector } from './SearchInspector';
import type { RunState } from './use-search-run';

/**
 * Results, events scanned and matched, time taken; live while the search runs. Once done, the
 * Inspect button beside it opens the search's inspector.
 */
export function RunCountsLine({ state }: { state: RunState }) {
  if (state.status === 'running') {
    const c = state.counts;
    return (
      <p className="search-counts" role="status" aria-live="polite" data-testid="search-progress">
        {t('search.status.running')}
        {c && (
          <>
            {' '}
            {t('search.counts.progress', { read: c.chunksRead, total: c.chunksTotal })} ·{' '}
            {t('search.counts.scanned', { count: c.scanned })} ·{' '}
            {t('search.counts.matched', { count: c.matched })}
          </>
        )}
      </p>
    );
  }
  if (state.status !== 'done') return null;
  const r = state.result;
  const results = r.events?.total ?? r.rows.length;
  return (
    <div className="search-counts-line">
      <p
        className="search-counts"
        role="status"
        data-testid="search-counts"
        data-worker-ms={Math.round(r.ms)}
      >
        <span data-testid="search-result-count">
          {t('search.counts.results', { count: results })}
        </span>{' '}
        · {t('search.counts.scanned', { count: r.counts.scanned })} ·{' '}
        {t('search.counts.matched', { count: r.counts.matched })} ·{' '}
        {t('search.counts.ms', { ms: Math.round(r.ms) })}
      </p>
      <SearchInspector result={r} />
    </div>
  );
}
