import { t } from '../../i18n/messages';
import { useImports } from '../../store/imports';
import { FileNotes } from './FileNotes';
import { ImportProgressPanel } from './ImportProgressPanel';
import { IssueList } from './IssueList';
import { TimeChoice } from './TimeChoice';

/** What the last import is doing or did: progress, summary, failure or cancellation. */
export function ImportOutcome() {
  const session = useImports((s) => s.session);
  const dismiss = useImports((s) => s.dismiss);

  switch (session.phase) {
    case 'idle':
      return null;
    case 'checking':
      return (
        <p className="card import-checking" role="status" data-testid="import-checking">
          {t('import.checking', { name: session.name })}
        </p>
      );
    case 'choosing':
      return <TimeChoice session={session} />;
    case 'running':
      return <ImportProgressPanel session={session} />;
    case 'done': {
      const ds = session.dataset;
      return (
        <section className="card notice notice--success" data-testid="import-summary" role="status">
          <div className="notice__body">
            <h2>{t('summary.heading', { name: ds.name })}</h2>
            <p>
              {t('summary.events', { count: ds.eventCount })}
              {' · '}
              {ds.skipped > 0
                ? t('summary.skipped', { count: ds.skipped })
                : t('summary.noneSkipped')}
            </p>
            <FileNotes files={ds.files} />
            {ds.issues.length > 0 && (
              <>
                <h3>{t('summary.issuesHeading')}</h3>
                <IssueList issues={ds.issues} />
              </>
            )}
          </div>
          <button type="button" className="button" onClick={dismiss}>
            {t('summary.dismiss')}
          </button>
        </section>
      );
    }
    case 'failed':
      return (
        <section className="card notice notice--error" data-testid="import-error" role="alert">
          <div className="notice__body">
            <h2>{t('error.heading')}</h2>
            <p className="notice__message">{session.failure.message}</p>
            {session.failure.issues.length > 0 && (
              <>
                <h3>{t('error.issuesHeading')}</h3>
                <IssueList issues={session.failure.issues} />
              </>
            )}
          </div>
          <button type="button" className="button" onClick={dismiss}>
            {t('error.dismiss')}
          </button>
        </section>
      );
    case 'cancelled':
      return (
        <section className="card notice" data-testid="import-cancelled" role="status">
          <p className="notice__body">{t('cancelled.note')}</p>
          <button type="button" className="button" onClick={dismiss}>
            {t('summary.dismiss')}
          </button>
        </section>
      );
  }
}
