import { useEffect, useRef } from 'react';
import { isTyping } from '../../components/keyboard/global-keys';

export interface PresenterKeys {
  next: () => void;
  previous: () => void;
  revealNext: () => void;
  revealAnswer: () => void;
  /** Absent in the speaker window, which has nothing to leave. */
  leave?: () => void;
}

/** The presenter's keys: never while typing, nor while a dialog (the keys help) is open. */
export function usePresenterKeys(keys: PresenterKeys): void {
  const current = useRef(keys);
  useEffect(() => {
    current.current = keys;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (isTyping(e.target) || document.querySelector('dialog[open]')) return;
      const k = current.current;
      const action =
        e.key === 'ArrowRight'
          ? k.next
          : e.key === 'ArrowLeft'
            ? k.previous
            : e.key === ' '
              ? k.revealNext
              : e.key === 'r' || e.key === 'R'
                ? k.revealAnswer
                : e.key === 'Escape'
                  ? k.leave
                  : undefined;
      if (!action) return;
      // Space would otherwise scroll, or press whichever button has focus.
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
