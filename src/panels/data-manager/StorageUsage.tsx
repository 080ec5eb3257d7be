import { t } from '../../i18n/messages';
import { formatBytes } from '../../i18n/units';
import { useDatasets } from '../../store/datasets';

/**
 * How much room the data takes and how much is left, and whether the browser keeps it when space
 * runs low. A figure the browser cannot give is left out: an absent figure beats a wrong one.
 */
export function StorageUsage() {
  const storage = useDatasets((s) => s.storage);
  const persisted = useDatasets((s) => s.persisted);
  if (!storage && persisted === null) return null;
  return (
    <div className="storage-usage muted" data-testid="storage-usage">
      {storage && (
        <p>
          {t('storage.usage', {
            used: formatBytes(storage.usage),
            available: formatBytes(storage.quota),
          })}{' '}
          <span data-testid="storage-left">
            {t('storage.left', { left: formatBytes(Math.max(0, storage.quota - storage.usage)) })}
          </span>
        </p>
      )}
      {persisted !== null && (
        <p data-testid="storage-persisted">
          {persisted ? t('storage.persisted') : t('storage.notPersisted')}
        </p>
      )}
    </div>
  );
}
