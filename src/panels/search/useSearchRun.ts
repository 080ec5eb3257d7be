import { useEffect, useRef, useState } from 'react';
import type { RunCounts } from '../../engine/commands/command';
import { SplError } from '../../engine/errors';
import type { MacroDefinition } from '../../engine/macros';
import type { Row } from '../../engine/values';
import { startSearch, type SearchHandle, type StoredResult } from '../../data/search/client';

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; counts?: RunCounts; rows: Row[] }
  | { status: 'done'; result: StoredResult }
  | { status: 'cancelled' }
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
  useEffect(() => {
    if (idsKey === undefined || idsKey === '') {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    let streamed: Row[] = [];
    setState({ status: 'running', rows: [] });
    const h = startSearch(query, {
      datasetIds: idsKey.split(','),
      earliest,
      latest,
      tz,
      summarize,
      macros: macrosKey === '' ? undefined : (JSON.parse(macrosKey) as MacroDefinition[]),
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
        else setState({ status: 'error', error });
      },
    );
    return () => {
      live = false;
      h.cancel();
      if (handle.current === h) handle.current = null;
    };
  }, [query, idsKey, earliest, latest, tz, summarize, nonce, macrosKey]);
  const cancel = () => handle.current?.cancel();
  return { state, cancel };
}

export function isSplError(e: Error): e is SplError {
  return e instanceof SplError;
}
