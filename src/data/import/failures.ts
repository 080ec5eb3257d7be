/**
 * How an import fails: cancelled, no events, out of space or anything else, as the one error type
 * the pipeline throws and the data page reads (its kind, message and the skipped records).
 */
import type { ImportIssue } from '../model';
import { describeStorageFailure, isQuotaError } from './quota';
import { ImportFailureError, type ImportFailure } from './types';
import { t } from '../../i18n/messages';
import { messageOf } from '../../engine';

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw failure('cancelled', t('cancelled.note'));
}

export function failure(kind: ImportFailure['kind'], message: string, issues: ImportIssue[] = []) {
  return new ImportFailureError({ kind, message, issues });
}

export function noEvents(issues: ImportIssue[]): ImportFailureError {
  const first = issues[0];
  const message = first
    ? t('import.fail.noEventsFirst', {
        file: first.file,
        line: first.line === undefined ? '?' : String(first.line),
        message: first.message,
      })
    : t('import.fail.noEvents');
  return failure('no-events', message, issues);
}

export function toFailure(err: unknown, issues: ImportIssue[]): ImportFailureError {
  if (err instanceof ImportFailureError) {
    if (err.failure.issues.length > 0 || issues.length === 0) return err;
    return failure(err.failure.kind, err.failure.message, issues);
  }
  if (isQuotaError(err)) return failure('quota', describeStorageFailure(), issues);
  const message = messageOf(err);
  return failure('error', t('import.fail.error', { message }), issues);
}
