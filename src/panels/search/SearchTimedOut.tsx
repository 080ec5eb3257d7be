import { t } from '../../i18n/messages';

/** A search stopped by the time limit: what happened, and the way to run it regardless. */
export function SearchTimedOut({ seconds, onRunAnyway }: { seconds: number; onRunAnyway(): void }) {
  return (
    <div role="alert" className="search-panel__failed" data-testid="search-timed-out">
      <p>{t('limits.timedOut', { seconds })}</p>
      <button
        type="button"
        className="button"
        title={t('limits.runAnyway.title')}
        onClick={onRunAnyway}
      >
        {t('limits.runAnyway')}
      </button>
    </div>
  );
}
