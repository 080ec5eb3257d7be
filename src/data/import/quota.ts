/** IndexedDB reports a full disk or exhausted origin quota as QuotaExceededError (Dexie wraps it). */
export function isQuotaError(err: unknown): boolean {
  for (let e = err as { name?: string; inner?: unknown } | undefined; e; e = e.inner as typeof e) {
    if (e.name === 'QuotaExceededError' || e.name === 'QuotaExceeded') return true;
  }
  return false;
}

export function describeStorageFailure(): string {
  return (
    'The browser ran out of storage for this site, so the import was stopped and nothing of it ' +
    'was kept. Delete datasets you no longer need in the Data manager, or free disk space on ' +
    'this computer, then import again.'
  );
}
