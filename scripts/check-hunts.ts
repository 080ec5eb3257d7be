/**
 * Checks hunt files: the format (schema and rules, with file, line and field path), then every
 * search run over exported data and every derived answer compared with the data.
 *
 *   npm run check-hunts                              every bundled hunt, on the workshop sample
 *   npm run check-hunts -- --hunt FILE [--hunt FILE]... [--data FILE]... [--lookup NAME=FILE]...
 *   npm run check-hunts -- --write-schema            rewrites public/hunts/hunt.schema.json
 *
 * --quiet prints only what is wrong and the totals (npm test runs it so).
 *
 * Without --data the workshop sample (and its assets.csv) is the data. Exits 1 when a file has a
 * problem, a search fails (or needs an engine feature not built yet) or an answer is wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { fromEvents, type EventSource, type LookupSource, type PlainEvent } from '../src/engine';
import { HUNT_SCHEMA_FILE } from '../src/hunts/bundled';
import { formatProblem } from '../src/hunts/format/problems';
import { HUNT_SCHEMA } from '../src/hunts/format/schema';
import type { Hunt } from '../src/hunts/types';
import {
  SAMPLE_ASSETS_FILE,
  SAMPLE_DIR,
  SAMPLE_EXPORT_FILE,
} from '../src/data/sample/sample-files';
import { eventsFromExport, lookupTable } from '../src/workbook/export-events';
import { checkHunts, formatReport } from '../src/workbook/hunt-check';
import { BUNDLED_DIR, bundledHuntPaths, readHuntFile } from './hunts/bundled';

const SAMPLE = path.resolve(import.meta.dirname, '../public', SAMPLE_DIR);
export const SAMPLE_DATA = [path.join(SAMPLE, SAMPLE_EXPORT_FILE)];
export const SAMPLE_LOOKUPS: Record<string, string> = {
  [SAMPLE_ASSETS_FILE]: path.join(SAMPLE, SAMPLE_ASSETS_FILE),
};

/** A file's text, gunzipped when it is gzip whatever its name. */
function readText(file: string): string {
  const bytes = readFileSync(file);
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzip ? gunzipSync(bytes) : bytes).toString('utf8');
}

export interface LoadedData {
  source: EventSource;
  lookups: LookupSource;
  events: number;
  problems: string[];
}

/** Reads exports and lookup files into what the engine searches. */
export function loadData(
  files: readonly string[],
  lookupFiles: Record<string, string>,
): LoadedData {
  const events: PlainEvent[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const read = eventsFromExport(readText(file), path.basename(file).replace(/\.gz$/i, ''));
    for (const e of read.events) events.push(e);
    for (const p of read.problems.slice(0, 5)) problems.push(`${file}:${p.line}: ${p.message}`);
    if (read.problems.length > 5) problems.push(`${file}: ${read.problems.length - 5} more`);
  }
  const tables = new Map(
    Object.entries(lookupFiles).map(([name, file]) => [name, lookupTable(readText(file), file)]),
  );
  return {
    // The store keeps events newest first in chunks; sorting the same way makes results match.
    source: fromEvents(
      events.sort((a, b) => b.time - a.time),
      { chunkSize: 5000 },
    ),
    lookups: { table: (name) => tables.get(name) ?? null },
    events: events.length,
    problems,
  };
}

export interface Args {
  hunts: string[];
  data: string[];
  lookups: Record<string, string>;
  writeSchema: boolean;
  quiet: boolean;
}

export function parseArgs(argv: readonly string[]): Args {
  const data: string[] = [];
  const hunts: string[] = [];
  const lookups: Record<string, string> = {};
  let writeSchema = false;
  let quiet = false;
  let mode: 'data' | 'hunt' | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data') mode = 'data';
    else if (arg === '--hunt') mode = 'hunt';
    else if (arg === '--write-schema') writeSchema = true;
    else if (arg === '--quiet') quiet = true;
    else if (arg === '--lookup') {
      const spec = argv[++i] ?? '';
      const eq = spec.indexOf('=');
      if (eq <= 0) throw new Error(`--lookup wants NAME=FILE, got "${spec}"`);
      lookups[spec.slice(0, eq)] = spec.slice(eq + 1);
      mode = null;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (mode === 'data') data.push(arg);
    else if (mode === 'hunt') hunts.push(arg);
    else throw new Error(`unexpected argument "${arg}" (files go after --hunt or --data)`);
  }
  return { hunts, data, lookups, writeSchema, quiet };
}

/** The schema as published for editors: `public/hunts/hunt.schema.json`. */
export const SCHEMA_PATH = path.join(BUNDLED_DIR, HUNT_SCHEMA_FILE);
export function schemaText(): string {
  return `${JSON.stringify(HUNT_SCHEMA, null, 2)}\n`;
}

/** Reads hunt files; their problems are formatted with file and line. */
export function readHunts(files: readonly string[]): {
  hunts: Hunt[];
  problems: string[];
  fileOf: Map<string, string>;
} {
  const hunts: Hunt[] = [];
  const problems: string[] = [];
  const fileOf = new Map<string, string>();
  for (const file of files) {
    const name = path.relative(process.cwd(), file) || file;
    const loaded = readHuntFile(file, 'en', name);
    problems.push(...loaded.parsed.problems.map(formatProblem));
    if (!loaded.hunt) continue;
    const twice = fileOf.get(loaded.hunt.id);
    if (twice) problems.push(`${name}: hunt id "${loaded.hunt.id}" is also ${twice}'s`);
    else hunts.push(loaded.hunt);
    fileOf.set(loaded.hunt.id, name);
  }
  return { hunts, problems, fileOf };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.writeSchema) {
    writeFileSync(SCHEMA_PATH, schemaText());
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_PATH)}`);
    return 0;
  }
  const read = readHunts(args.hunts.length ? args.hunts : bundledHuntPaths());
  const files = args.data.length ? args.data : SAMPLE_DATA;
  const lookups = args.data.length ? args.lookups : { ...SAMPLE_LOOKUPS, ...args.lookups };
  const started = Date.now();
  const data = loadData(files, lookups);
  for (const p of data.problems) console.error(`skipped: ${p}`);
  console.log(`${data.events} events from ${files.length} file(s) in ${Date.now() - started} ms`);
  const report = await checkHunts(
    read.hunts,
    { source: data.source, lookups: data.lookups },
    read.problems,
  );
  const text = formatReport(report, (id) => read.fileOf.get(id));
  // Quiet: the lines that say something is wrong, and the totals.
  const shown = args.quiet ? text.split('\n').filter((l) => !/^(ok|pass|-) /.test(l)) : [text];
  console.log(shown.join('\n').trim());
  return report.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(2);
    },
  );
}
