import { create } from 'zustand';
import { getDb, type WorkbookDB } from '../data/db/db';
import {
  emptyProgress,
  loadProgress,
  resetProgress,
  updateProgress,
  type HuntProgressRecord,
} from '../data/progress/progress';
import { messageOf } from '../engine';

type Change = (p: HuntProgressRecord) => HuntProgressRecord;

interface ProgressState {
  huntId: string | null;
  progress: HuntProgressRecord | null;
  error: string | null;
  /** Reads a hunt's stored progress (once per hunt; later calls keep the copy in memory). */
  load: (huntId: string) => Promise<void>;
  /** Changes the open hunt's progress: at once on screen, then in IndexedDB. */
  apply: (change: Change) => void;
  reset: () => Promise<void>;
  /** Reads the open hunt's progress again after something else wrote it (an imported file). */
  reloaded: () => Promise<void>;
}

/** How the app's tabs tell each other that a hunt's stored progress changed. */
export interface ProgressChannel {
  postMessage: (data: unknown) => void;
  onmessage: ((e: MessageEvent) => void) | null;
}

interface ProgressNews {
  kind: 'progress';
  huntId: string;
}

function isNews(data: unknown): data is ProgressNews {
  const d = data as Partial<ProgressNews> | null;
  return d?.kind === 'progress' && typeof d.huntId === 'string';
}

function browserChannel(): ProgressChannel | null {
  return typeof BroadcastChannel === 'undefined'
    ? null
    : new BroadcastChannel('hunting-workbook-progress');
}

/**
 * The progress store. Every change is written to IndexedDB inside a transaction (so two tabs
 * never overwrite each other's answers), then announced on `channel`; a tab showing the same
 * hunt reads it again, once its own writes have landed so that the copy it reads holds them.
 */
export function createProgressStore(
  db: () => WorkbookDB = getDb,
  channel: ProgressChannel | null = browserChannel(),
) {
  /** This tab's writes in flight, and its changes so far (to tell when one raced a read). */
  let writing = 0;
  let changes = 0;
  /** Another tab wrote while this one's writes were in flight: read again once they land. */
  let stale = false;

  const announce = (huntId: string) => channel?.postMessage({ kind: 'progress', huntId });

  return create<ProgressState>()((set, get) => {
    const reread = async (): Promise<void> => {
      const { huntId } = get();
      if (!huntId) return;
      const before = changes;
      let progress: HuntProgressRecord;
      try {
        progress = await loadProgress(huntId, db());
      } catch {
        return; // What is on screen stays; the next change or message tries again.
      }
      if (get().huntId !== huntId) return;
      if (changes !== before || writing > 0) {
        // A change made meanwhile may not be in what was read.
        if (writing === 0) return reread();
        stale = true;
        return;
      }
      set({ progress });
    };

    if (channel) {
      channel.onmessage = (e) => {
        if (!isNews(e.data) || e.data.huntId !== get().huntId) return;
        if (writing > 0) stale = true;
        else void reread();
      };
    }

    return {
      huntId: null,
      progress: null,
      error: null,
      load: async (huntId) => {
        if (get().huntId === huntId) return;
        set({ huntId, progress: null, error: null });
        try {
          const progress = await loadProgress(huntId, db());
          if (get().huntId === huntId) set({ progress });
        } catch (err) {
          // The workbook stays usable without storage; only persistence is lost.
          if (get().huntId === huntId)
            set({ progress: emptyProgress(huntId), error: messageOf(err) });
        }
      },
      apply: (change) => {
        const { huntId, progress } = get();
        if (!huntId || !progress) return;
        set({ progress: change(progress) });
        changes++;
        writing++;
        updateProgress(huntId, change, db())
          .then(() => announce(huntId))
          .catch((err: unknown) => set({ error: messageOf(err) }))
          .finally(() => {
            writing--;
            if (writing === 0 && stale) {
              stale = false;
              void reread();
            }
          });
      },
      reset: async () => {
        const huntId = get().huntId;
        if (!huntId) return;
        await resetProgress(huntId, db());
        changes++;
        set({ progress: emptyProgress(huntId), error: null });
        announce(huntId);
      },
      reloaded: async () => {
        const huntId = get().huntId;
        await reread();
        if (huntId) announce(huntId);
      },
    };
  });
}

export const useProgress = createProgressStore();
