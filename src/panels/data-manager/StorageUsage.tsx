import { t } from '../../i18n/messages';
import { formatBytes } from '../../i18n/units';
import { useDatasets } from '../../store/datasets';

/** Hidden when the browser cannot estimate storage: an absent figure beats a wrong one. */
export function StorageUsage() {
  const storage = useDatasets((s) => s.storage);
  if (!storage) return null;
  return (
    <p className="storage-usage muted" data-testid="storage-usage">
      {t('storage.usage', {
        used: formatBytes(storage.usage),
        available: formatBytes(storage.quota),
      })}
    </p>
  );
}
