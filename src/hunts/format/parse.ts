/**
 * Reads a hunt file: YAML, then the schema, then the rules the schema cannot say. Every problem
 * comes with its file, line, column and field path (and the step, search or question it is in),
 * so an author can go straight to it. The app, `check-hunts` and the tests all read hunts here.
 */
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { HuntFile } from './file-types';
import type { HuntProblem } from './problems';
import { huntFileProblems } from './rules';
import { HUNT_SCHEMA } from './schema';
import { checkSchema, pathText, type Path, type SchemaProblem } from './schema-check';
import { messageOf } from '../../engine';

/** A hunt file is prose and searches; far below this. Bounds the parser's time and memory. */
export const MAX_HUNT_FILE_BYTES = 2_000_000;

export interface ParsedHuntFile {
  /** The hunt, when it has no problem. */
  hunt: HuntFile | null;
  problems: HuntProblem[];
  /** The line (1-based) of a field, or of the nearest field around it that is in the file. */
  lineOf(path: Path): number | undefined;
}

/**
 * Where a field starts: its key for a field of a map (so a problem points at the name the author
 * wrote), the item for a list entry, else the nearest field around it that is in the file.
 */
function offsetOf(doc: Document, path: Path): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const here = path.slice(0, n);
    const last = here[n - 1];
    if (typeof last === 'string') {
      const parent: unknown = n === 1 ? doc.contents : doc.getIn(here.slice(0, -1), true);
      const pair = isMap(parent)
        ? parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last)
        : undefined;
      if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
    }
    const node: unknown = n === 0 ? doc.contents : doc.getIn(here, true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return undefined;
}

/** The step, search and question ids a field path lies in. */
function context(data: unknown, path: Path): Pick<HuntProblem, 'step' | 'search' | 'question'> {
  const out: Pick<HuntProblem, 'step' | 'search' | 'question'> = {};
  let node = data;
  for (let i = 0; i < path.length && node !== null && typeof node === 'object'; i++) {
    node = (node as Record<string | number, unknown>)[path[i]];
    const owner = path[i - 1];
    const id = (node as { id?: unknown } | null)?.id;
    if (typeof path[i] !== 'number' || typeof id !== 'string') continue;
    if (owner === 'steps') out.step = id;
    else if (owner === 'searches') out.search = id;
    else if (owner === 'questions') out.question = id;
  }
  return out;
}

export function parseHuntFile(text: string, file: string): ParsedHuntFile {
  const lines = new LineCounter();
  if (text.length > MAX_HUNT_FILE_BYTES) {
    return {
      hunt: null,
      problems: [{ file, path: '', message: `is larger than ${MAX_HUNT_FILE_BYTES / 1e6} MB` }],
      lineOf: () => undefined,
    };
  }
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const posOf = (path: Path) => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? undefined : lines.linePos(offset);
  };
  const lineOf = (path: Path) => posOf(path)?.line;
  if (doc.errors.length > 0) {
    return {
      hunt: null,
      problems: doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
        // The parser's message ends with a copy of the line; the line number says enough.
        const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        return { file, line: pos.line, column: pos.col, path: '', message: `YAML: ${message}` };
      }),
      lineOf,
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    const message = messageOf(e);
    return { hunt: null, problems: [{ file, path: '', message: `YAML: ${message}` }], lineOf };
  }
  const toProblem = (p: SchemaProblem): HuntProblem => {
    const pos = posOf(p.path);
    return {
      file,
      line: pos?.line,
      column: pos?.col,
      path: pathText(p.path),
      message: p.message,
      ...context(data, p.path),
    };
  };
  const shape = checkSchema(data, HUNT_SCHEMA);
  if (shape.length > 0) return { hunt: null, problems: shape.map(toProblem), lineOf };
  const hunt = data as HuntFile;
  const rules = huntFileProblems(hunt);
  if (rules.length > 0) return { hunt: null, problems: rules.map(toProblem), lineOf };
  return { hunt, problems: [], lineOf };
}
