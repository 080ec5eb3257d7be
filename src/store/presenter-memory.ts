import { readShown } from './presenter-sync';

/**
 * What a window keeps of a hunt's presentation across a reload: the parts shown on each step
 * and when presenting started. It lives in sessionStorage: a reload in front of the room keeps
 * it, the browser session does not outlive it, and it never joins the learner's progress.
 */
export interface PresenterMemo {
  shown: Record<string, number>;
  startedAt: number;
}

export interface PresenterMemory {
  read: (huntId: string) => PresenterMemo | null;
  write: (huntId: string, memo: PresenterMemo) => void;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function memoryKey(huntId: string): string {
  return `hunting-workbook:presenter-reveals:${huntId}`;
}

/** A stored memo, or null when there is none or it is not one (storage is not to be trusted). */
export function readMemo(text: string | null): PresenterMemo | null {
  if (text === null) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const { shown, startedAt } = v as Record<string, unknown>;
  const counts = readShown(shown);
  if (!counts || typeof startedAt !== 'number' || !Number.isFinite(startedAt)) return null;
  return { shown: counts, startedAt };
}

function sessionStore(): StorageLike | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Storage blocked by the browser's settings: presenting goes on, only reloads forget.
    return null;
  }
}

export function storageMemory(storage: StorageLike | null = sessionStore()): PresenterMemory {
  return {
    read: (huntId) => {
      try {
        return readMemo(storage?.getItem(memoryKey(huntId)) ?? null);
      } catch {
        return null;
      }
    },
    write: (huntId, memo) => {
      try {
        storage?.setItem(memoryKey(huntId), JSON.stringify(memo));
      } catch {
        // Full or blocked: the reveals still hold in this window until it reloads.
      }
    },
  };
}
