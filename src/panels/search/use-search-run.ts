import { useEffect, useRef, useState } from 'react';
import { type MacroDefinition, type Row, type RunCounts, SplError } from '../../engine';
import {
  SearchTimeLimitError,
  startSearch,
  type SearchHandle,
  type StoredResult,
} from '../../data/search/client';

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; counts?: RunCounts; rows: Row[] }
  | { status: 'done'; result: StoredResult }
  | { status: 'cancelled' }
  /** Stopped by the time limit; `runAnyway` runs the same search without it. */
  | { status: 'timedOut'; seconds: number }
  | { status: 'error'; error: Error };

interface RunInput {
  query: string;
  datasetIds: string[] | undefined;
  earliest?: number;
  latest?: number;
  tz: string;
  summarize: boolean;
  /** Bumped to run the same search again. */
  nonce: number;
  /** Macros beyond the stored ones (a hunt's). */
  macros?: MacroDefinition[];
  /**
   * Seconds a run may take (the setting); a search opened from a link or a hunt step must not
   * keep the tab busy for ever. A change applies to the next run.
   */
  timeLimitSeconds: number;
}

// Streamed events are shown up to this many until the search is done.
const STREAM_LIMIT = 100;

/** Runs the search whenever what it depends on changes, and reports its state as it goes. */
export function useSearchRun(input: RunInput, onResult?: (r: StoredResult) => void) {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const handle = useRef<SearchHandle | null>(null);
  const resultCb = useRef(onResult);
  useEffect(() => {
    resultCb.current = onResult;
  });
  const { query, datasetIds, earliest, latest, tz, summarize, nonce } = input;
  const idsKey = datasetIds?.join(',');
  // By content: a caller passing an equal new array each render does not rerun the search.
  const macrosKey = input.macros ? JSON.stringify(input.macros) : '';
  const limitMs = useRef(input.timeLimitSeconds * 1000);
  useEffect(() => {
    limitMs.current = input.timeLimitSeconds * 1000;
  });
  // Run anyway lifts the limit for one run of exactly this search; any change brings it back.
  const runKey = JSON.stringify([query, idsKey, earliest, latest, tz, summarize, nonce, macrosKey]);
  const unlimitedKey = useRef<string | null>(null);
  const [anyway, setAnyway] = useState(0);
  useEffect(() => {
    if (idsKey === undefined || idsKey === '') {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    let streamed: Row[] = [];
    setState({ status: 'running', rows: [] });
    const timeLimitMs = unlimitedKey.current === runKey ? undefined : limitMs.current;
    const h = startSearch(query, {
      datasetIds: idsKey.split(','),
      earliest,
      latest,
      tz,
      summarize,
      macros: macrosKey === '' ? undefined : (JSON.parse(macrosKey) as MacroDefinition[]),
      timeLimitMs,
      onProgress: (counts) => {
        if (live) setState((s) => (s.status === 'running' ? { ...s, counts } : s));
      },
      onEvents: (rows, counts) => {
        if (!live || streamed.length >= STREAM_LIMIT) return;
        streamed = streamed.concat(rows.slice(0, STREAM_LIMIT - streamed.length));
        setState({ status: 'running', rows: streamed, counts });
      },
    });
    handle.current = h;
    h.done.then(
      (result) => {
        if (!live) return;
        setState({ status: 'done', result });
        resultCb.current?.(result);
      },
      (error: Error) => {
        if (!live) return;
        if (error.name === 'AbortError') setState({ status: 'cancelled' });
        else if (error instanceof SearchTimeLimitError) {
          setState({ status: 'timedOut', seconds: error.limitMs / 1000 });
        } else setState({ status: 'error', error });
      },
    );
    return () => {
      live = false;
      h.cancel();
      if (handle.current === h) handle.current = null;
    };
    // runKey is made of the other dependencies; `anyway` runs the same search again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, idsKey, earliest, latest, tz, summarize, nonce, macrosKey, anyway]);
  const cancel = () => handle.current?.cancel();
  const runAnyway = () => {
    unlimitedKey.current = runKey;
    setAnyway((n) => n + 1);
  };
  return { state, cancel, runAnyway };
}

export function isSplError(e: Error): e is SplError {
  return e instanceof SplError;
}
