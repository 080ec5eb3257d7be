import { useEffect, useRef, type RefObject } from 'react';

/**
 * Keeps a `<dialog>` shown as a modal while `open`, closed otherwise. A modal dialog keeps focus
 * inside and closes on Esc by itself; its `onClose` should then set `open` back to false.
 */
export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    else if (!open && d.open) d.close();
  }, [open]);
  return dialog;
}
