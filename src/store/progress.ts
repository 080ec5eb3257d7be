import { create } from 'zustand';
import {
  emptyProgress,
  loadProgress,
  resetProgress,
  updateProgress,
  type HuntProgressRecord,
} from '../data/progress/progress';

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
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export const useProgress = create<ProgressState>()((set, get) => ({
  huntId: null,
  progress: null,
  error: null,
  load: async (huntId) => {
    if (get().huntId === huntId) return;
    set({ huntId, progress: null, error: null });
    try {
      const progress = await loadProgress(huntId);
      if (get().huntId === huntId) set({ progress });
    } catch (err) {
      // The workbook stays usable without storage; only persistence is lost.
      if (get().huntId === huntId) set({ progress: emptyProgress(huntId), error: messageOf(err) });
    }
  },
  apply: (change) => {
    const { huntId, progress } = get();
    if (!huntId || !progress) return;
    set({ progress: change(progress) });
    updateProgress(huntId, change).catch((err: unknown) => set({ error: messageOf(err) }));
  },
  reset: async () => {
    const huntId = get().huntId;
    if (!huntId) return;
    await resetProgress(huntId);
    set({ progress: emptyProgress(huntId), error: null });
  },
}));
