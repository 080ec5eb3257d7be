import { useEffect, useRef, useState } from 'react';

interface InlineConfirmProps {
  /** Label of the button that asks; e.g. "Delete". */
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
}

/**
 * A destructive action that asks in place rather than through window.confirm, which blocks
 * the page, cannot be styled for a projector and is suppressed by some browsers.
 */
export function InlineConfirm({
  label,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  disabled,
}: InlineConfirmProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  // Keyboard users land on the safe choice when asked, and back on the button afterwards.
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) askRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={askRef}
        type="button"
        className="button button--danger-quiet"
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  return (
    <span
      className="inline-confirm"
      role="group"
      aria-label={question}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAsking(false);
      }}
    >
      <span className="inline-confirm__question">{question}</span>
      <button type="button" className="button button--danger" disabled={busy} onClick={confirm}>
        {confirmLabel}
      </button>
      <button
        ref={cancelRef}
        type="button"
        className="button"
        disabled={busy}
        onClick={() => setAsking(false)}
      >
        {cancelLabel}
      </button>
    </span>
  );
}
