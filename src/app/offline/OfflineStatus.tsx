import { useSyncExternalStore } from 'react';
import { t } from '../../i18n/messages';
import { applyUpdate, offlineState, subscribeOffline } from './service-worker';
import './offline.css';

/** A quiet note in the header: offline use is ready, or a new version waits for a reload. */
export function OfflineStatus() {
  const { ready, updateWaiting } = useSyncExternalStore(subscribeOffline, offlineState);
  // The live region stays in place so that a change of its text is announced.
  return (
    <div className="offline-status" role="status">
      {updateWaiting ? (
        <>
          <span className="visually-hidden" data-testid="offline-update">
            {t('offline.updateReady')}
          </span>
          <button
            type="button"
            className="offline-status__reload"
            title={t('offline.updateReady')}
            onClick={applyUpdate}
          >
            {t('offline.reload')}
          </button>
        </>
      ) : (
        ready && (
          <span
            className="offline-status__ready"
            title={t('offline.ready.title')}
            data-testid="offline-ready"
          >
            {t('offline.ready')}
          </span>
        )
      )}
    </div>
  );
}
