import type { DatasetChunks, SearchProfile } from '../../data/search/client';
import type { ChunkTally, CommandProfile, ScanProfile } from '../../engine';

/** What a row of the execution costs names: a step of the run, or a command as written. */
export type CostLabel =
  | { kind: 'parse' | 'list' | 'read' | 'summarize' | 'total' }
  | { kind: 'match'; mode: ScanProfile['mode'] }
  | { kind: 'subsearch'; n: number }
  | { kind: 'command'; text: string; fast: boolean };

export interface CostRow {
  label: CostLabel;
  /** Nesting: a command's reads and subsearches sit under it. */
  depth: number;
  ms: number | null;
  rowsIn: number | null;
  rowsOut: number | null;
}

/**
 * The execution costs table, as Splunk's Job Inspector lists components: parse, the chunk
 * lists' read, each command with its reads and subsearches under it, the events view's summary,
 * the total. A command that reads events has the events scanned as its rows in.
 */
export function costRows(profile: SearchProfile): CostRow[] {
  const { run } = profile;
  const rows: CostRow[] = [
    { label: { kind: 'parse' }, depth: 0, ms: run.parseMs, rowsIn: null, rowsOut: null },
    { label: { kind: 'list' }, depth: 0, ms: profile.listMs, rowsIn: null, rowsOut: null },
  ];
  const addCommands = (commands: readonly CommandProfile[], depth: number) => {
    for (const c of commands) {
      const scans = c.scans ?? [];
      const scanned = scans.length > 0 ? sum(scans, (s) => s.scanned) : null;
      rows.push({
        label: { kind: 'command', text: c.text, fast: c.fast === true },
        depth,
        ms: c.ms,
        rowsIn: c.rowsIn ?? scanned,
        rowsOut: c.rowsOut,
      });
      const none = { rowsIn: null, rowsOut: null, depth: depth + 1 };
      if (scans.some((s) => s.mode !== 'info')) {
        rows.push({ ...none, label: { kind: 'read' }, ms: sum(scans, (s) => s.readMs) });
      }
      for (const mode of new Set(scans.map((s) => s.mode))) {
        const of = scans.filter((s) => s.mode === mode);
        const ms = mode === 'info' ? sum(of, (s) => s.ms) : sum(of, (s) => s.matchMs);
        rows.push({ ...none, label: { kind: 'match', mode }, ms });
      }
      (c.subsearches ?? []).forEach((sub, i) => {
        rows.push({ ...none, label: { kind: 'subsearch', n: i + 1 }, ms: null });
        addCommands(sub, depth + 2);
      });
    }
  };
  addCommands(run.commands, 0);
  const summarizeMs = profile.summarizeMs;
  if (summarizeMs !== undefined) {
    rows.push({
      label: { kind: 'summarize' },
      depth: 0,
      ms: summarizeMs,
      rowsIn: null,
      rowsOut: null,
    });
  }
  const total = run.ms + (summarizeMs ?? 0);
  rows.push({ label: { kind: 'total' }, depth: 0, ms: total, rowsIn: null, rowsOut: null });
  return rows;
}

/** The datasets' chunk outcomes summed, for the chunks table's last row. */
export function chunkTotals(datasets: readonly DatasetChunks[]): DatasetChunks {
  const outcomes: ChunkTally = { total: 0, time: 0, meta: 0, term: 0, summary: 0, events: 0 };
  for (const d of datasets) {
    for (const k of Object.keys(outcomes) as (keyof ChunkTally)[]) outcomes[k] += d.outcomes[k];
  }
  return { datasetId: '', chunks: sum(datasets, (d) => d.chunks), outcomes };
}

function sum<T>(xs: readonly T[], f: (x: T) => number): number {
  let total = 0;
  for (const x of xs) total += f(x);
  return total;
}
