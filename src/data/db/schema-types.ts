import { adoptDataMap } from '../../engine';
import type { ImportIssue } from '../model';
import type { TimeRule } from '../time/time-rule';

export type DatasetStatus = 'importing' | 'ready';

export interface DatasetFile {
  name: string;
  /** Bytes as read from disk (compressed size for .gz). */
  bytes: number;
  format: string;
  events: number;
  skipped: number;
  /** Where this file's events took their time, when the user chose it at import. */
  time?: TimeRule;
  /** Characters not valid in the file's encoding, shown as U+FFFD (absent: none). */
  replaced?: number;
  /** The file's encoding when it was not UTF-8. */
  encoding?: string;
}

/** Names left out of a dataset's counts: how many distinct ones, and the events they hold. */
export interface TallyRest {
  values: number;
  events: number;
}

/** One imported dataset. Visible to the app only when status is 'ready'. */
export interface DatasetRecord {
  id: string;
  name: string;
  status: DatasetStatus;
  files: DatasetFile[];
  eventCount: number;
  /** Epoch ms; NaN while empty. */
  minTime: number;
  maxTime: number;
  /**
   * Event counts by sourcetype / host: the most frequent (MAX_TALLY_NAMES), with the rest counted
   * in `sourcetypesRest` / `hostsRest` (absent or null when every one is listed).
   */
  sourcetypes: Record<string, number>;
  hosts: Record<string, number>;
  /**
   * The distinct `index` values of the dataset's events, sorted. Written at import since indexes
   * were given to every event; a dataset stored before that has none here until it is listed
   * (`listDatasets` works it out from the chunks).
   */
  indexes: string[];
  sourcetypesRest?: TallyRest | null;
  hostsRest?: TallyRest | null;
  /** Input bytes (sum of files). */
  bytes: number;
  /** Approximate bytes of the encoded chunks (columns, term index, raw). */
  storedBytes: number;
  chunkCount: number;
  importedAt: number;
  skipped: number;
  /** The first few skipped records, for the summary. */
  issues: ImportIssue[];
}

/** A dataset record that crossed a structured clone, its counts by name without a prototype. */
export function adoptDatasetMaps(record: DatasetRecord): DatasetRecord {
  adoptDataMap(record.sourcetypes);
  adoptDataMap(record.hosts);
  return record;
}

/** A lookup table (CSV), used by `lookup`/`inputlookup` and for asset and identity enrichment. */
export interface LookupRecord {
  /** As searches name it, e.g. `assets.csv`. */
  name: string;
  /** Column names in the file's order. */
  fields: string[];
  /** Rows as field -> value; empty cells are absent. */
  rows: Record<string, string>[];
  /** Where it came from: a file name, or `sample` for the workshop's own. */
  origin: string;
  importedAt: number;
}

/** A search macro imported from a `macros.conf` (see engine/macros). */
export interface MacroRecord {
  /** `name`, or `name(N)` for N arguments: the stanza name, unique. */
  key: string;
  name: string;
  args: string[];
  definition: string;
  iseval?: boolean;
  validation?: string;
  errormsg?: string;
  /** The file it came from, and the line of its stanza there. */
  origin: string;
  line: number;
  importedAt: number;
}

/** A learner's progress in one hunt: kept across reloads until they reset it. */
export interface HuntProgressRecord {
  huntId: string;
  /** The step last open. */
  stepId?: string;
  /** Answers by question id, as given. */
  answers: Record<string, { value: string | number | string[]; verdict: 'right' | 'wrong' }>;
  /** Questions whose answer the learner revealed. */
  revealed: string[];
  /** How many hints are shown, by question id. */
  hints: Record<string, number>;
  /** Notes by step id (Markdown). */
  notes: Record<string, string>;
  /** Steps the learner marked done or moved past. */
  visited: string[];
  updatedAt: number;
  /** The learner's findings; absent until they change what the hunt proposes. */
  findings?: FindingsRecord;
  /** Results and events pinned to the findings, oldest first. */
  pins?: Pin[];
}

/** The learner's judgement on the hunt, started from the hunt's own findings. */
export interface FindingsRecord {
  verdict: 'confirmed' | 'refuted' | 'open';
  reasons: string[];
  diamond: { adversary: string; capability: string; infrastructure: string; victim: string };
  /** The hunt's checklist items and the learner's own (`own`), each ticked or not. */
  checklist: { id: string; text: string; done: boolean; own?: boolean }[];
}

export type PinKind = 'table' | 'chart' | 'event';

/**
 * A copy of what was on screen when pinned, as text (log data: always shown as text), so the
 * findings and the report need neither the data nor the search again.
 */
export interface PinSnapshot {
  /** Tables and a chart's data: column names and rows of cell texts. */
  columns?: string[];
  rows?: string[][];
  /** How many rows the result had; more than `rows` holds when it was cut short. */
  totalRows?: number;
  /** Charts: the picture as a `data:image/png;base64,` URL. */
  image?: string;
  /** Events: the time as shown (in the zone it was pinned in), the raw text and key fields. */
  time?: string;
  raw?: string;
  fields?: [string, string][];
}

export interface Pin {
  id: string;
  stepId: string;
  searchId: string;
  kind: PinKind;
  title: string;
  /** The search as run, and its time range (epoch ms, latest exclusive; absent: open). */
  spl: string;
  earliest?: number;
  latest?: number;
  pinnedAt: number;
  snapshot: PinSnapshot;
}

/** A trainer's own notes for one step, in place of the hunt's; shown only in the speaker window. */
export interface TrainerNoteRecord {
  huntId: string;
  stepId: string;
  /** Markdown. */
  text: string;
  updatedAt: number;
}

/**
 * A hunt file the user imported, kept as its text: the text is what is exported again, and it
 * is read with the app's own reader on every start (so a newer app reads it with newer rules).
 */
export interface HuntFileRecord {
  /** The hunt's id, read from the file. */
  id: string;
  fileName: string;
  text: string;
  importedAt: number;
}
