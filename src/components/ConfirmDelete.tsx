import { useState } from 'react';
import { messageOf } from '../engine';
import { InlineConfirm } from './InlineConfirm';

interface ConfirmDeleteProps {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onDelete(): Promise<void>;
  /** What the alert says when deleting failed, given the error's message. */
  failed(message: string): string;
}

/** A delete that asks first (InlineConfirm) and says beside it why it failed, if it does. */
export function ConfirmDelete({ onDelete, failed, ...ask }: ConfirmDeleteProps) {
  const [error, setError] = useState<string | null>(null);
  const onConfirm = async () => {
    setError(null);
    try {
      await onDelete();
    } catch (err) {
      setError(failed(messageOf(err)));
    }
  };
  return (
    <>
      <InlineConfirm {...ask} onConfirm={onConfirm} />
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
    </>
  );
}
