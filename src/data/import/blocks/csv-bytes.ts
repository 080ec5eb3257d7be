import type { ChunkBuilder } from '../../chunk';
import type { ValueTable } from '../../chunk/value-table';
import { MAX_RECORD_CHARS } from '../../formats/sink';
import type { FieldValue, ImportIssue } from '../../model';
import { toEvent } from '../../normalize';
import { AUTOMATIC_TIME, type TimeReading } from '../../time/time-rule';
import type { DatasetTally } from '../tally';
import { csvCells } from './choose-csv-cells';
import { planOf, type Plan } from './csv-plan';
import { ESCAPED, NEWLINE, type CsvCells, type FieldColumns } from './csv-cells';
import { t } from '../../../i18n/messages';

const QUOTE = 34;
const LF = 10;
const CR = 13;

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Whether the bytes are valid UTF-8, given how many from the start are ASCII (the cell scanner
 * finds that a word at a time): the rest, from the first byte that is not ASCII, where a sequence
 * must start, by a fatal decode. Decoding the whole block cost more than the strings it gave (the
 * byte path reads times and values from the bytes).
 */
function isUtf8(bytes: Uint8Array, from: number): boolean {
  if (from === bytes.length) return true;
  try {
    fatal.decode(bytes.subarray(from));
    return true;
  } catch {
    return false;
  }
}

export interface CsvBytesBlock {
  file: string;
  /** The header text (blank lines before the header row included) and its line count. */
  header: string;
  headerLines: number;
  /** The block's rows as UTF-8, cut at a row boundary. */
  bytes: Uint8Array;
  firstLine: number;
  /** Where rows take their time; the usual fields when absent. */
  reading?: TimeReading;
}

/**
 * Parses a block of Splunk CSV rows straight from its UTF-8 bytes into the chunk builder, with the
 * same result as the text path (CsvReader, CsvColumns.values, toEvent, ChunkBuilder.addRow) but
 * without a string per cell: cells are found as byte ranges, field values go to the columns as
 * bytes (the scanner's field columns, FieldColumns, where it has them; else the ValueTable), `_raw`
 * goes to the raw store and term index as bytes. Rows the fast path does not cover (filled `__mv_`
 * cells, no or empty `_raw`, a multivalue or unparsable time) are turned into cells of text and go
 * through the text path one by one (their field values into the same columns).
 *
 * Returns false, having added nothing, when the whole block must take the text path: bytes that
 * are not valid UTF-8 (the text path decodes them with replacement characters), a header the text
 * reader would not take as one, or a block longer than the text reader's record limit.
 */
export function encodeCsvBytes(
  block: CsvBytesBlock,
  tally: DatasetTally,
  builder: ChunkBuilder,
): boolean {
  const { bytes, file } = block;
  if (bytes.length > MAX_RECORD_CHARS) return false;
  const plan = planOf(block.header, block.reading ?? AUTOMATIC_TIME);
  if (plan === null) return false;
  const cells = csvCells();
  cells.load(bytes);
  if (!isUtf8(bytes, cells.asciiLength())) return false;
  // Header problems are the file's: reported once, by its first block.
  if (block.firstLine === block.headerLines + 1) {
    for (const p of plan.issues)
      tally.skip({ file, line: p.line, field: p.field, message: p.message });
  }
  const columns = plan.coded !== null ? cells.fieldColumns : null;
  if (columns === null) {
    scanRows(block, plan, tally, builder, builder.values, cells, null);
    return true;
  }
  // The field columns give events without an index of their own the import's, when `index` is
  // one of them; else endEvent does (into a column of its own).
  const defaultIndex = builder.defaultIndex;
  if (plan.coded!.index >= 0) builder.defaultIndex = null;
  columns.start(plan.fields);
  try {
    scanRows(block, plan, tally, builder, builder.values, cells, { columns, defaultIndex });
  } finally {
    builder.defaultIndex = defaultIndex;
  }
  const { fields, storeAs } = plan;
  for (let q = 0; q < fields.length; q++) {
    const data = columns.column(q);
    if (data.slots > 0) builder.slotColumn(storeAs, fields[q])!.load(data);
  }
  return true;
}

/** Where the rows' field cells go when the scanner fills their columns (see FieldColumns). */
interface Coded {
  columns: FieldColumns;
  defaultIndex: string | null;
}

/** Ends event i, giving it the import's index when `index` is a field column it has no value in. */
function endCoded(builder: ChunkBuilder, plan: Plan, coded: Coded, i: number): void {
  const q = plan.coded!.index;
  if (q >= 0 && coded.defaultIndex !== null && !coded.columns.has(q, i))
    coded.columns.add(q, i, coded.defaultIndex);
  builder.endEvent(i);
}

/** The current row's cells, where fastRow and cellText read them (set per row by scanRows). */
let starts: Int32Array = new Int32Array(0);
let ends: Int32Array = new Int32Array(0);
let flags: Uint8Array = new Uint8Array(0);
let scratch = new Uint8Array(4096);
let ranges = new Int32Array(64);

type Issue = (line: number, message: string, field?: string) => void;

function scanRows(
  block: CsvBytesBlock,
  plan: Plan,
  tally: DatasetTally,
  builder: ChunkBuilder,
  values: ValueTable,
  cells: CsvCells,
  coded: Coded | null,
): void {
  const { bytes: b, file } = block;
  const issue: Issue = (line, message, field) => {
    const one: ImportIssue = { file, line, field, message };
    tally.skip(one);
  };
  let line = block.firstLine;
  let pos = 0;
  while (pos < b.length) {
    const count = cells.row(pos);
    // New arrays (or views) when a row had more cells than any before.
    if (cells.starts !== starts) {
      starts = cells.starts;
      ends = cells.ends;
      flags = cells.flags;
    }
    const figures = cells.out;
    line += figures[1];
    if (count < 0) return;
    if (figures[4] !== 0) {
      issue(line, t('import.problem.unterminatedQuote'));
      return;
    }
    pos = figures[0];
    const rowLine = line;
    line += 1 + figures[2];
    takeRow(b, plan, tally, builder, values, count, figures[3], rowLine, file, issue, coded);
  }
}

/** After its cells are found: skips a blank row, reports a malformed one, else adds it. */
function takeRow(
  b: Uint8Array,
  plan: Plan,
  tally: DatasetTally,
  builder: ChunkBuilder,
  values: ValueTable,
  count: number,
  malformed: number,
  rowLine: number,
  file: string,
  issue: Issue,
  coded: Coded | null,
): void {
  if (count === 1 && starts[0] === ends[0]) return;
  if (malformed !== 0) {
    issue(rowLine, t('import.problem.malformedQuote', { column: malformed }));
    return;
  }
  const expected = plan.columns.count;
  if (count !== expected) {
    issue(rowLine, t('import.problem.columnCount', { expected, count }));
    return;
  }
  if (!fastRow(b, plan, tally, builder, values, rowLine, issue, coded)) {
    textRow(b, plan, tally, builder, values, rowLine, file, coded);
  }
}

/** Adds the row whose cells are in starts/ends/flags; false when it needs the text path. */
function fastRow(
  b: Uint8Array,
  plan: Plan,
  tally: DatasetTally,
  builder: ChunkBuilder,
  values: ValueTable,
  line: number,
  issue: (line: number, message: string, field?: string) => void,
  coded: Coded | null,
): boolean {
  const { mv } = plan;
  for (let q = 0; q < mv.length; q++) if (ends[mv[q]] > starts[mv[q]]) return false;
  const raw = plan.raw;
  if (raw < 0 || ends[raw] === starts[raw]) return false;
  let at = -1;
  for (const p of plan.time) {
    if (ends[p] > starts[p]) {
      at = p;
      break;
    }
  }
  if (at === -1) {
    issue(line, t('import.problem.noTime', { field: plan.reading.field ?? '_time' }), '_time');
    return true;
  }
  const timeFlags = flags[at];
  if (timeFlags & NEWLINE) return false;
  const { reading } = plan;
  let time =
    timeFlags === 0 && reading.bytes !== undefined ? reading.bytes(b, starts[at], ends[at]) : NaN;
  if (time !== time) {
    const parsed = reading.parse(cellText(b, values, at));
    if (parsed === null) return false;
    time = parsed;
  }
  tally.addTime(time);
  const i = builder.beginBytesEvent(time, b, starts[raw], ends[raw], (flags[raw] & ESCAPED) !== 0);
  if (coded !== null) {
    coded.columns.codeRow(i);
    endCoded(builder, plan, coded, i);
    return true;
  }
  const { fields, storeAs } = plan;
  for (let q = 0; q < fields.length; q++) {
    const k = fields[q];
    let s = starts[k];
    let e = ends[k];
    if (s === e) continue;
    const f = flags[k];
    if (f === 0) {
      builder.slotColumn(storeAs, k)!.addBytes(i, b, s, e, values);
      continue;
    }
    let src = b;
    if (f & ESCAPED) {
      e = unescape(b, s, e);
      s = 0;
      src = scratch;
    }
    if ((f & NEWLINE) === 0) {
      builder.slotColumn(storeAs, k)!.addBytes(i, src, s, e, values);
      continue;
    }
    // A multivalue cell: values split on newlines, a trailing CR dropped, empty ones dropped.
    const n = splitLines(src, s, e);
    if (n === 0) continue;
    const col = builder.slotColumn(storeAs, k)!;
    if (n === 1) col.addBytes(i, src, ranges[0], ranges[1], values);
    else col.addByteList(i, src, ranges, n, values);
  }
  builder.endEvent(i);
  return true;
}

/** Copies the quoted cell inside b[s, e) to scratch with each `""` made `"`; returns its length. */
function unescape(b: Uint8Array, s: number, e: number): number {
  if (scratch.length < e - s) scratch = new Uint8Array(Math.max(e - s, scratch.length * 2));
  const out = scratch;
  let o = 0;
  for (let k = s; k < e; k++) {
    const x = b[k];
    out[o++] = x;
    if (x === QUOTE) k++;
  }
  return o;
}

/** Non-empty lines of src[s, e) (a trailing CR dropped) into ranges; returns how many. */
function splitLines(src: Uint8Array, s: number, e: number): number {
  let n = 0;
  let from = s;
  for (;;) {
    let stop = from;
    while (stop < e && src[stop] !== LF) stop++;
    const end = stop > from && src[stop - 1] === CR ? stop - 1 : stop;
    if (end > from) {
      if (2 * n + 2 > ranges.length) {
        const grown = new Int32Array(ranges.length * 2);
        grown.set(ranges);
        ranges = grown;
      }
      ranges[2 * n] = from;
      ranges[2 * n + 1] = end;
      n++;
    }
    if (stop >= e) return n;
    from = stop + 1;
  }
}

/** The text of cell k as the text reader gives it. */
function cellText(b: Uint8Array, values: ValueTable, k: number): string {
  const text = values.string(b, starts[k], ends[k]);
  return flags[k] & ESCAPED ? text.replaceAll('""', '"') : text;
}

/** The row through the text path: cells as strings, CsvColumns.values, toEvent, addRow. */
function textRow(
  b: Uint8Array,
  plan: Plan,
  tally: DatasetTally,
  builder: ChunkBuilder,
  values: ValueTable,
  line: number,
  file: string,
  coded: Coded | null,
): void {
  const count = plan.columns.count;
  // The row decoded once and cut, when ASCII: a decode per cell cost several times more.
  const from = starts[0];
  const text = values.string(b, from, ends[count - 1]);
  const ascii = text.length === ends[count - 1] - from;
  const cells: string[] = [];
  for (let k = 0; k < count; k++) {
    if (!ascii) cells.push(cellText(b, values, k));
    else {
      const cell = text.slice(starts[k] - from, ends[k] - from);
      cells.push(flags[k] & ESCAPED ? cell.replaceAll('""', '"') : cell);
    }
  }
  const row: (FieldValue | undefined)[] = plan.columns.values(cells);
  const ev = toEvent({ line, names: plan.names, values: row }, plan.reading);
  if ('error' in ev) {
    tally.skip({ file, line, field: ev.field, message: ev.error });
    return;
  }
  tally.addTime(ev.time);
  if (coded === null) {
    builder.addRow(ev);
    return;
  }
  const i = builder.beginEvent(ev.time, ev.raw);
  const names = plan.coded!.names;
  const { columns } = ev;
  for (let k = 0; k < ev.values.length; k++) {
    const v = ev.values[k];
    const name = columns[k];
    if (v === undefined || name === null) continue;
    const q = names.get(name);
    if (q !== undefined) coded.columns.add(q, i, v);
    else builder.slotColumn(columns, k)!.add(i, v);
  }
  endCoded(builder, plan, coded, i);
}
