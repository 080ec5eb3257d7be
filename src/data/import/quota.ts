/** IndexedDB reports a full disk or exhausted origin quota as QuotaExceededError (Dexie wraps it). */
import { t } from '../../i18n/messages';
export function isQuotaError(err: unknown): boolean {
  for (let e = err as { name?: string; inner?: unknown } | undefined; e; e = e.inner as typeof e) {
    if (e.name === 'QuotaExceededError' || e.name === 'QuotaExceeded') return true;
  }
  return false;
}

export function describeStorageFailure(): string {
  return t('import.fail.quota');
}
