/**
 * A problem with a search the user wrote: where it is (character offset into the query), and what
 * the parser expected there when that is known. The UI underlines `position .. end`.
 */
export class SplError extends Error {
  readonly position: number;
  readonly end: number;
  readonly expected?: string;

  constructor(message: string, position: number, opts: { end?: number; expected?: string } = {}) {
    super(message);
    this.name = 'SplError';
    this.position = position;
    this.end = opts.end ?? position;
    this.expected = opts.expected;
  }
}

/** Thrown when the run's AbortSignal fires; named like the DOM's so callers can test `name`. */
export class SearchAbortedError extends Error {
  constructor() {
    super('The search was cancelled');
    this.name = 'AbortError';
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SearchAbortedError();
}

/** The text of anything thrown: an Error's message, else the value as text. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
