import { useSyncExternalStore } from 'react';

/** A page-wide snapshot, in the shape `useSyncExternalStore` reads. */
export interface LiveSnapshot<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
}

/**
 * A snapshot shared by the whole page and fed by one live source (a Dexie live query, a worker):
 * the source opens with the first reader and closes with the last, so a page that shows none of
 * it holds no subscription. The last snapshot outlives the source, so a screen that comes back
 * shows it at once while the source reopens.
 *
 * `open` starts the source and returns its stop; the source calls `publish` with each snapshot.
 */
export function liveSnapshot<T>(
  initial: T,
  open: (publish: (next: T) => void) => () => void,
): LiveSnapshot<T> {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  let close: (() => void) | null = null;
  const publish = (next: T) => {
    snapshot = next;
    for (const l of listeners) l();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      close ??= open(publish);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          close?.();
          close = null;
        }
      };
    },
    getSnapshot: () => snapshot,
  };
}

export function useLiveSnapshot<T>(live: LiveSnapshot<T>): T {
  return useSyncExternalStore(live.subscribe, live.getSnapshot);
}
