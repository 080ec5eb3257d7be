import { useId, useRef, useState, type ReactNode } from 'react';
import { messageOf } from '../engine';

type Outcome<R> =
  | { kind: 'busy'; name: string }
  | { kind: 'done'; name: string; result: R }
  | { kind: 'failed'; message: string };

interface FileImportProps<R> {
  label: string;
  accept: string;
  /** A line under the input: what importing does to what is stored. */
  hint?: string;
  /** The outcome's test ids: `<testId>-done` and `<testId>-error`. */
  testId: string;
  inputTestId?: string;
  /** Stores the file; a refused file throws, saying what and where, and stores nothing. */
  store(file: File): Promise<R>;
  busy(name: string): string;
  /** What was stored, in the success notice. */
  done(result: R, name: string): ReactNode;
  failed(message: string): string;
}

/** Picks one file and stores it: says so while it works, then what was stored or why not. */
export function FileImport<R>({
  label,
  accept,
  hint,
  testId,
  inputTestId,
  store,
  busy,
  done,
  failed,
}: FileImportProps<R>) {
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome<R> | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setOutcome({ kind: 'busy', name: file.name });
    try {
      setOutcome({ kind: 'done', name: file.name, result: await store(file) });
    } catch (err) {
      setOutcome({ kind: 'failed', message: messageOf(err) });
    } finally {
      // The same file can be picked again after it was fixed.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="lookup-import">
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept={accept}
          aria-describedby={hint ? hintId : undefined}
          data-testid={inputTestId}
          disabled={outcome?.kind === 'busy'}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        {hint && (
          <span id={hintId} className="field__hint">
            {hint}
          </span>
        )}
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'busy' && <p className="muted">{busy(outcome.name)}</p>}
        {outcome?.kind === 'done' && (
          <p className="notice notice--success" data-testid={`${testId}-done`}>
            {done(outcome.result, outcome.name)}
          </p>
        )}
      </div>
      {outcome?.kind === 'failed' && (
        <p className="notice notice--error" role="alert" data-testid={`${testId}-error`}>
          {failed(outcome.message)}
        </p>
      )}
    </div>
  );
}
