import { create } from 'zustand';
import { startImport } from '../data/import/client';
import { requestPersistence } from '../data/db/datasets';
import type { DatasetRecord } from '../data/db/schema-types';
import { checkFileTimes, type FileTimeCheck } from '../data/import/time-check';
import { PROGRESS_INTERVAL_MS } from '../data/import/progress-meter';
import type { TimeRule } from '../data/time/time-rule';
import {
  ImportFailureError,
  type ImportFailure,
  type ImportHandle,
  type ImportProgress,
} from '../data/import/types';
import { useDatasets } from './datasets';
import { messageOf } from '../engine';

export type ImportSession =
  | { phase: 'idle' }
  /** The files' heads are being read for their time fields; nothing is stored yet. */
  | { phase: 'checking'; name: string }
  /** Some file needs the user to say where its events' time is (`checks` says which and why). */
  | {
      phase: 'choosing';
      name: string;
      index: string;
      files: File[];
      checks: FileTimeCheck[];
    }
  | {
      phase: 'running';
      name: string;
      fileCount: number;
      totalBytes: number;
      progress: ImportProgress | null;
      cancelling: boolean;
    }
  | { phase: 'done'; dataset: DatasetRecord }
  | { phase: 'failed'; failure: ImportFailure }
  | { phase: 'cancelled' };

export interface BeginOptions {
  /** Called with the stored dataset when this import completes (not on failure or cancel). */
  onDone?: (dataset: DatasetRecord) => void;
  /** The index of events without their own; `main` when absent. */
  index?: string;
  /** Per file, where its events take their time, when the user chose. */
  timeRules?: (TimeRule | undefined)[];
}

interface ImportState {
  session: ImportSession;
  /** Starts importing `files` as one dataset; ignored while another import runs. */
  begin: (files: File[], name: string, options?: BeginOptions) => void;
  /**
   * The user's own import: checks each file's time fields first and begins at once when the
   * importer can read them, else asks (phase `choosing`). Asks the browser to keep the data.
   */
  prepare: (files: File[], name: string, index: string) => void;
  /** Begins the import being chosen for, with a rule per file (undefined: read as usual). */
  chooseTimes: (rules: (TimeRule | undefined)[]) => void;
  cancel: () => void;
  /** Clears a finished, failed or cancelled import's message, or drops the choice of times. */
  dismiss: () => void;
}

let handle: ImportHandle | null = null;
let pending: ImportProgress | null = null;
let flushTimer: ReturnType<typeof setTimeout> | null = null;

function clearFlush(): void {
  if (flushTimer !== null) clearTimeout(flushTimer);
  flushTimer = null;
  pending = null;
}

// Closing the tab mid-import throws the work away; the browser's own prompt gives the user
// a chance to stay. The leftovers of a closed tab are removed on the next start regardless.
function warnBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
}

function failureOf(err: unknown): ImportFailure {
  if (err instanceof ImportFailureError) return err.failure;
  return { kind: 'error', message: messageOf(err), issues: [] };
}

const refreshStorage = () => useDatasets.getState().refresh();

export const useImports = create<ImportState>()((set, get) => {
  const flush = () => {
    flushTimer = null;
    const progress = pending;
    pending = null;
    const session = get().session;
    if (progress && session.phase === 'running') set({ session: { ...session, progress } });
  };

  const onProgress = (progress: ImportProgress) => {
    pending = progress;
    flushTimer ??= setTimeout(flush, PROGRESS_INTERVAL_MS);
  };

  const finish = (session: ImportSession) => {
    clearFlush();
    handle = null;
    window.removeEventListener('beforeunload', warnBeforeUnload);
    set({ session });
    void useDatasets.getState().refresh();
  };

  return {
    session: { phase: 'idle' },
    begin: (files, name, options) => {
      if (handle || files.length === 0) return;
      set({
        session: {
          phase: 'running',
          name,
          fileCount: files.length,
          totalBytes: files.reduce((sum, f) => sum + f.size, 0),
          progress: null,
          cancelling: false,
        },
      });
      window.addEventListener('beforeunload', warnBeforeUnload);
      let started: ImportHandle;
      try {
        started = startImport(files, {
          name,
          onProgress,
          index: options?.index,
          timeRules: options?.timeRules,
        });
      } catch (err) {
        finish({ phase: 'failed', failure: failureOf(err) });
        return;
      }
      handle = started;
      started.done.then(
        (dataset) => {
          if (handle !== started) return;
          finish({ phase: 'done', dataset });
          options?.onDone?.(dataset);
        },
        (err: unknown) => {
          if (handle !== started) return;
          const failure = failureOf(err);
          finish(
            failure.kind === 'cancelled' ? { phase: 'cancelled' } : { phase: 'failed', failure },
          );
        },
      );
    },
    prepare: (files, name, index) => {
      const phase = get().session.phase;
      if (handle || files.length === 0 || phase === 'checking' || phase === 'choosing') return;
      set({ session: { phase: 'checking', name } });
      const own = { index, onDone: () => void requestPersistence().then(refreshStorage) };
      checkFileTimes(files).then(
        (checks) => {
          if (get().session.phase !== 'checking') return;
          if (checks.some((c) => c.problem !== null)) {
            set({ session: { phase: 'choosing', name, index, files, checks } });
          } else {
            set({ session: { phase: 'idle' } });
            get().begin(files, name, own);
          }
        },
        // The import itself reports unreadable files, with their names.
        () => {
          set({ session: { phase: 'idle' } });
          get().begin(files, name, own);
        },
      );
    },
    chooseTimes: (rules) => {
      const session = get().session;
      if (session.phase !== 'choosing') return;
      set({ session: { phase: 'idle' } });
      get().begin(session.files, session.name, {
        index: session.index,
        timeRules: rules,
        onDone: () => void requestPersistence().then(refreshStorage),
      });
    },
    cancel: () => {
      const session = get().session;
      if (!handle || session.phase !== 'running' || session.cancelling) return;
      set({ session: { ...session, cancelling: true } });
      handle.cancel();
    },
    dismiss: () => {
      const phase = get().session.phase;
      if (phase !== 'running' && phase !== 'checking') set({ session: { phase: 'idle' } });
    },
  };
});
