import type { ChunkBuilder } from '../chunk';
import type { TallyRest } from '../db/schema-types';
import { dataMapOf } from '../../engine';
import type { EventRow, ImportIssue } from '../model';

export type TallySummary = ReturnType<DatasetTally['summary']>;

/**
 * Sourcetypes and hosts a dataset record lists by name; the rest are only counted. Every listing
 * of datasets reads the records on the page's thread, and a dataset of 200,000 distinct hosts
 * would otherwise carry a 7 MB record.
 */
export const MAX_TALLY_NAMES = 100;

/** Figures of the dataset gathered while events stream past: counts, time range, examples of skips. */
export class DatasetTally {
  events = 0;
  skipped = 0;
  /** Characters that were not valid in the file's encoding, replaced by U+FFFD. */
  replaced = 0;
  minTime = Infinity;
  maxTime = -Infinity;
  readonly issues: ImportIssue[] = [];
  private readonly sourcetypes = new Map<string, number>();
  private readonly hosts = new Map<string, number>();
  private readonly indexes = new Set<string>();
  private readonly filesMissingTime = new Set<string>();
  // Rows of one file share their column list; the positions of sourcetype and host are found once.
  private columns: readonly (string | null)[] | null = null;
  private sourcetypeAt = -1;
  private hostAt = -1;

  constructor(private readonly maxIssues: number) {}

  add(ev: EventRow): void {
    this.addTime(ev.time);
    if (ev.columns !== this.columns) {
      this.columns = ev.columns;
      this.sourcetypeAt = ev.columns.indexOf('sourcetype');
      this.hostAt = ev.columns.indexOf('host');
    }
    if (this.sourcetypeAt !== -1) bump(this.sourcetypes, ev.values[this.sourcetypeAt]);
    if (this.hostAt !== -1) bump(this.hosts, ev.values[this.hostAt]);
  }

  /**
   * An event counted by its time alone, for a caller that adds sourcetype and host counts per
   * chunk ({@link addChunkCounts}) rather than a string per event.
   */
  addTime(time: number): void {
    this.events++;
    if (time < this.minTime) this.minTime = time;
    if (time > this.maxTime) this.maxTime = time;
  }

  /** Sourcetype and host counts of a chunk whose events were added with {@link addTime}. */
  addChunkCounts(chunk: ChunkBuilder): void {
    chunk.countFirstValues('sourcetype', this.sourcetypes);
    chunk.countFirstValues('host', this.hosts);
  }

  /** The indexes of a stored chunk (its metadata lists them). */
  addIndexes(indexes: readonly string[]): void {
    for (const index of indexes) this.indexes.add(index);
  }

  skip(issue: ImportIssue): void {
    this.skipped++;
    if (issue.field === '_time') this.filesMissingTime.add(issue.file);
    if (this.issues.length < this.maxIssues) this.issues.push(issue);
  }

  /** Adds the figures of a block counted elsewhere (a pool worker). */
  merge(block: TallySummary, file: string, missingTime: boolean): void {
    this.events += block.eventCount;
    this.skipped += block.skipped;
    this.replaced += block.replaced;
    if (block.eventCount > 0) {
      this.minTime = Math.min(this.minTime, block.minTime);
      this.maxTime = Math.max(this.maxTime, block.maxTime);
    }
    for (const issue of block.issues) {
      if (this.issues.length < this.maxIssues) this.issues.push(issue);
    }
    addCounts(this.sourcetypes, block.sourcetypes);
    addCounts(this.hosts, block.hosts);
    this.addIndexes(block.indexes);
    if (missingTime) this.filesMissingTime.add(file);
  }

  missingTimeIn(file: string): boolean {
    return this.filesMissingTime.has(file);
  }

  /** Every figure, counts complete (Maps: they cross to another thread as they are). */
  summary() {
    return {
      eventCount: this.events,
      skipped: this.skipped,
      replaced: this.replaced,
      issues: this.issues.slice(),
      minTime: this.events > 0 ? this.minTime : NaN,
      maxTime: this.events > 0 ? this.maxTime : NaN,
      sourcetypes: new Map(this.sourcetypes),
      hosts: new Map(this.hosts),
      indexes: [...this.indexes].sort(),
    };
  }

  /** The figures a dataset record keeps: counts of the most frequent names, and of the rest. */
  datasetSummary() {
    const sourcetypes = topCounts(this.sourcetypes, MAX_TALLY_NAMES);
    const hosts = topCounts(this.hosts, MAX_TALLY_NAMES);
    return {
      ...this.summary(),
      sourcetypes: sourcetypes.top,
      hosts: hosts.top,
      sourcetypesRest: sourcetypes.rest,
      hostsRest: hosts.rest,
    };
  }
}

/** The `limit` largest counts (ties by name), and what the others add up to (null: none). */
export function topCounts(
  counts: ReadonlyMap<string, number>,
  limit: number,
): { top: Record<string, number>; rest: TallyRest | null } {
  const entries = [...counts];
  if (entries.length <= limit) return { top: dataMapOf(entries), rest: null };
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let events = 0;
  for (let i = limit; i < entries.length; i++) events += entries[i][1];
  return {
    top: dataMapOf(entries.slice(0, limit)),
    rest: { values: entries.length - limit, events },
  };
}

function bump(counts: Map<string, number>, value: string | string[] | undefined): void {
  const key = Array.isArray(value) ? value[0] : value;
  if (key === undefined) return;
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function addCounts(into: Map<string, number>, counts: ReadonlyMap<string, number>): void {
  for (const [key, n] of counts) into.set(key, (into.get(key) ?? 0) + n);
}
