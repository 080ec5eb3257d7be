import type { CommandNode } from './ast';

/** The run's counters a scan reads (RunCounts' own). */
interface EventCounts {
  scanned: number;
  matched: number;
}

/**
 * What became of one chunk in a read of the source: left out by its time range, by its metadata
 * (index, sourcetype, host, source, field names), loaded but its term index ruled out every
 * event, counted from its summary without loading it, or loaded and its events examined.
 */
export type ChunkOutcome = 'time' | 'meta' | 'term' | 'summary' | 'events';

/** Outcome codes as `ScanProfile.outcomes` stores them: index + 1 (0: not looked at). */
export const CHUNK_OUTCOMES: readonly ChunkOutcome[] = [
  'time',
  'meta',
  'term',
  'summary',
  'events',
];

export type ChunkTally = Record<ChunkOutcome, number> & { total: number };

/** One read of the source's chunks (a base search, a count, a tally). */
export interface ScanProfile {
  /**
   * How the chunks were read: `events` makes a row per matching event; `counts` counts matches by
   * dictionary code without rows (the fast path); `tally` counts a field's values (metadata,
   * eventcount); `info` answers from the chunks' metadata alone (tstats count).
   */
  mode: 'events' | 'counts' | 'tally' | 'info';
  chunks: ChunkTally;
  /** Per chunk of the source, in its order: the outcome's code (see CHUNK_OUTCOMES). */
  outcomes: Uint8Array;
  scanned: number;
  matched: number;
  /** Whole read, ms. */
  ms: number;
  /** Of which waiting for chunks to load (storage, or the source's cache), ms. */
  readMs: number;
  /** Of which matching the loaded chunks' events, ms. */
  matchMs: number;
}

/** One command as it ran. */
export interface CommandProfile {
  name: string;
  /** Its text as run (macros expanded), trimmed. */
  text: string;
  ms: number;
  /** Rows it was given; null for the command that generates them. */
  rowsIn: number | null;
  rowsOut: number;
  /** Its reads of the source's chunks (a base search has one). */
  scans?: ScanProfile[];
  /** The subsearches it ran, each a pipeline of its own. */
  subsearches?: CommandProfile[][];
  /**
   * Set on a count the fast path answered: it counted the base search's matching events by
   * dictionary code, so its rows in are those events, never made into rows.
   */
  fast?: true;
}

/** Where a run's time went, command by command (the search page's inspector shows it). */
export interface RunProfile {
  /** Macro expansion and parsing, ms. */
  parseMs: number;
  /** Whether the fast path answered (engine/fast). */
  fast: boolean;
  commands: CommandProfile[];
  /** The whole run, parsing included, ms. */
  ms: number;
}

/**
 * Records a run's profile as it goes. The runner calls it once per command and the chunk readers
 * once per chunk (never per event), so profiling costs a few clock reads per chunk. Commands run
 * one after another (a subsearch inside the command that runs it), so the open command and
 * pipeline are a stack.
 */
export class Profiler {
  readonly commands: CommandProfile[] = [];
  private pipeline = this.commands;
  private open: CommandProfile | null = null;

  constructor(private readonly query: string) {}

  /** A command starts; the returned function ends it with its rows out. */
  begin(node: CommandNode, rowsIn: number | null): (rowsOut: number) => void {
    const cmd: CommandProfile = {
      name: node.name,
      text: this.query.slice(node.start, node.end).trim(),
      ms: 0,
      rowsIn,
      rowsOut: 0,
    };
    this.pipeline.push(cmd);
    const outer = this.open;
    this.open = cmd;
    const t0 = performance.now();
    return (rowsOut) => {
      cmd.ms = performance.now() - t0;
      cmd.rowsOut = rowsOut;
      this.open = outer;
    };
  }

  /** Runs a subsearch of the open command, its commands recorded under it. */
  async subsearch<T>(run: () => Promise<T>): Promise<T> {
    const outer = { pipeline: this.pipeline, open: this.open };
    const commands: CommandProfile[] = [];
    if (this.open) (this.open.subsearches ??= []).push(commands);
    this.pipeline = commands;
    this.open = null;
    try {
      return await run();
    } finally {
      this.pipeline = outer.pipeline;
      this.open = outer.open;
    }
  }

  /** A read of `chunkCount` chunks starts, for the open command; `counts` are the run's. */
  scan(mode: ScanProfile['mode'], chunkCount: number, counts: EventCounts): ScanRecorder {
    const profile: ScanProfile = {
      mode,
      chunks: { total: chunkCount, time: 0, meta: 0, term: 0, summary: 0, events: 0 },
      outcomes: new Uint8Array(chunkCount),
      scanned: 0,
      matched: 0,
      ms: 0,
      readMs: 0,
      matchMs: 0,
    };
    if (this.open) (this.open.scans ??= []).push(profile);
    return new ScanRecorder(profile, counts);
  }

  /**
   * The fast path ran the open command (the base search) and the count after it as one: the
   * time after the command's reads goes to the count, whose rows in are the matched events.
   */
  countedBy(node: CommandNode, rowsOut: number): void {
    const search = this.pipeline[this.pipeline.length - 1];
    const readMs = (search.scans ?? []).reduce((sum, s) => sum + s.ms, 0);
    this.pipeline.push({
      name: node.name,
      text: this.query.slice(node.start, node.end).trim(),
      ms: Math.max(0, search.ms - readMs),
      rowsIn: search.rowsOut,
      rowsOut,
      fast: true,
    });
    search.ms = Math.min(search.ms, readMs);
  }
}

/** Fills one ScanProfile; the run's counts before and after give its events scanned, matched. */
export class ScanRecorder {
  private readonly t0 = performance.now();
  private readonly scanned0: number;
  private readonly matched0: number;

  constructor(
    readonly profile: ScanProfile,
    private readonly counts: EventCounts,
  ) {
    this.scanned0 = counts.scanned;
    this.matched0 = counts.matched;
  }

  chunk(index: number, outcome: ChunkOutcome): void {
    this.profile.outcomes[index] = CHUNK_OUTCOMES.indexOf(outcome) + 1;
    this.profile.chunks[outcome]++;
  }

  read(ms: number): void {
    this.profile.readMs += ms;
  }

  matched(ms: number): void {
    this.profile.matchMs += ms;
  }

  end(): void {
    const p = this.profile;
    p.ms = performance.now() - this.t0;
    p.scanned = this.counts.scanned - this.scanned0;
    p.matched = this.counts.matched - this.matched0;
  }
}

/** Milliseconds since `t0` when profiling (`on`), else 0 without reading the clock. */
export function since(on: unknown, t0: number): number {
  return on ? performance.now() - t0 : 0;
}

/** The clock when profiling, else 0 without reading it. */
export function clock(on: unknown): number {
  return on ? performance.now() : 0;
}
