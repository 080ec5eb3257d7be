import type { HuntProgressRecord } from '../data/db/schema-types';

/*
 * The learner's whole progress as one JSON document, to carry to another machine. The file is
 * user-supplied, so every field is checked before anything is written, and an error names the
 * path of the first bad field.
 */

export const PROGRESS_FORMAT = 'hunting-workbook-progress';
export const PROGRESS_VERSION = 1;
/** Notes are the only large part; thousands of hunts of notes stay far below this. */
export const MAX_PROGRESS_BYTES = 20 * 1024 * 1024;
const MAX_HUNTS = 10_000;

/**
 * Refuses a file too large to be a progress file. Callers with a File check its size with this
 * before reading it, so that a wrong, huge file is never loaded into memory.
 */
export function checkProgressSize(size: number): void {
  if (size > MAX_PROGRESS_BYTES) {
    throw new ProgressFileError(
      `the file is too large for a progress file (over ${MAX_PROGRESS_BYTES / 1024 / 1024} MB)`,
    );
  }
}

export class ProgressFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProgressFileError';
  }
}

export interface ProgressDocument {
  format: typeof PROGRESS_FORMAT;
  version: number;
  exportedAt: string;
  hunts: HuntProgressRecord[];
}

/** The learner's whole progress (every hunt's HuntProgressRecord) as a JSON document: { format: 'hunting-workbook-progress', version: 1, exportedAt, hunts: [...] }. */
export function progressToJson(records: HuntProgressRecord[], now: Date = new Date()): string {
  const doc: ProgressDocument = {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    hunts: records,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(path: string, what: string): never {
  throw new ProgressFileError(`${path}: ${what}`);
}

function object(v: unknown, path: string): Obj {
  return isObject(v) ? v : fail(path, 'expected an object');
}

function string(v: unknown, path: string): string {
  return typeof v === 'string' ? v : fail(path, 'expected a string');
}

function stringList(v: unknown, path: string): string[] {
  if (!Array.isArray(v)) fail(path, 'expected a list');
  v.forEach((s, i) => string(s, `${path}[${i}]`));
  return v as string[];
}

function count(v: unknown, path: string): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0
    ? v
    : fail(path, 'expected a whole number, 0 or more');
}

/** A key as a readable path step: `.q1`, or `["a b"]` when it is not a plain name. */
const step = (key: string) =>
  /^[A-Za-z_$][\w$-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;

function answers(v: unknown, path: string): HuntProgressRecord['answers'] {
  const all = object(v, path);
  for (const [key, a] of Object.entries(all)) {
    const at = path + step(key);
    const answer = object(a, at);
    const value = answer.value;
    const ok =
      typeof value === 'string' ||
      (typeof value === 'number' && Number.isFinite(value)) ||
      (Array.isArray(value) && value.every((x) => typeof x === 'string'));
    if (!ok) fail(`${at}.value`, 'expected text, a number or a list of text');
    if (answer.verdict !== 'right' && answer.verdict !== 'wrong') {
      fail(`${at}.verdict`, 'expected "right" or "wrong"');
    }
  }
  return all as HuntProgressRecord['answers'];
}

function record(v: unknown, path: string): HuntProgressRecord {
  const r = object(v, path);
  if (string(r.huntId, `${path}.huntId`) === '') fail(`${path}.huntId`, 'expected a hunt id');
  if (r.stepId !== undefined) string(r.stepId, `${path}.stepId`);
  answers(r.answers, `${path}.answers`);
  stringList(r.revealed, `${path}.revealed`);
  for (const [key, n] of Object.entries(object(r.hints, `${path}.hints`))) {
    count(n, `${path}.hints${step(key)}`);
  }
  for (const [key, text] of Object.entries(object(r.notes, `${path}.notes`))) {
    string(text, `${path}.notes${step(key)}`);
  }
  stringList(r.visited, `${path}.visited`);
  if (typeof r.updatedAt !== 'number' || !Number.isFinite(r.updatedAt) || r.updatedAt < 0) {
    fail(`${path}.updatedAt`, 'expected a time in milliseconds');
  }
  // Fields other features add (pins, findings) are theirs to check; they are kept as they are.
  return r as unknown as HuntProgressRecord;
}

/** Parses and validates such a document; throws ProgressFileError with a message saying what and where (e.g. `hunts[0].answers: expected an object`). Unknown extra fields on a record are kept as they are (other features add fields such as pins). */
export function parseProgressJson(text: string): HuntProgressRecord[] {
  checkProgressSize(text.length);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ProgressFileError(`not a JSON file (${(e as Error).message})`);
  }
  if (!isObject(doc) || doc.format !== PROGRESS_FORMAT) {
    throw new ProgressFileError(
      `not a progress file of the workbook (format is not "${PROGRESS_FORMAT}")`,
    );
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail('version', 'expected a whole number, 1 or more');
  }
  if (version > PROGRESS_VERSION) {
    throw new ProgressFileError(
      `the file was made by a newer version of the workbook (progress file version ${version}; this one reads version ${PROGRESS_VERSION}): update the workbook first`,
    );
  }
  string(doc.exportedAt, 'exportedAt');
  if (!Array.isArray(doc.hunts)) fail('hunts', 'expected a list');
  if (doc.hunts.length > MAX_HUNTS) fail('hunts', `more than ${MAX_HUNTS} hunts`);
  const seen = new Set<string>();
  return doc.hunts.map((h, i) => {
    const r = record(h, `hunts[${i}]`);
    if (seen.has(r.huntId)) fail(`hunts[${i}].huntId`, `"${r.huntId}" is in the file twice`);
    seen.add(r.huntId);
    return r;
  });
}
