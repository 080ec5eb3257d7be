import { useCallback } from 'react';
import { addPin } from '../../data/progress/findings-changes';
import type { Pin, PinKind, PinSnapshot } from '../../data/db/schema-types';
import { getHunt } from '../../store/hunts';
import { useProgress } from '../../store/progress';
import { usePinTarget } from './pin-context';

function newId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Pins to the open hunt's findings, or null where there is nothing to pin to (the free search
 * page, or progress not loaded yet).
 */
export function usePin(): ((kind: PinKind, snapshot: PinSnapshot, title?: string) => void) | null {
  const target = usePinTarget();
  const huntId = useProgress((s) => (s.progress ? s.huntId : null));
  const apply = useProgress((s) => s.apply);
  const search = target?.search;
  const step = search
    ? (huntId ? getHunt(huntId) : undefined)?.steps.find((s) =>
        s.searches.some((x) => x.id === search.id),
      )
    : undefined;
  const pin = useCallback(
    (kind: PinKind, snapshot: PinSnapshot, title?: string) => {
      if (!target || !search || !step) return;
      const p: Pin = {
        id: newId(),
        stepId: step.id,
        searchId: search.id,
        kind,
        title: title ?? search.title,
        spl: target.query,
        earliest: target.earliest,
        latest: target.latest,
        pinnedAt: Date.now(),
        snapshot,
      };
      apply(addPin(p));
    },
    [target, search, step, apply],
  );
  return step ? pin : null;
}
