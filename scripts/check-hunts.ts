/**
 * Runs every search of every hunt against exported data and checks each question's answer there.
 *
 *   npm run check-hunts                        the workshop sample in public/sample
 *   npm run check-hunts -- --data FILE... [--lookup NAME=FILE]...
 *
 * Exits 1 when a search fails (or needs an engine feature not built yet) or an answer is wrong.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { fromEvents, type EventSource, type LookupSource, type PlainEvent } from '../src/engine';
import { HUNTS } from '../src/hunts';
import {
  SAMPLE_ASSETS_FILE,
  SAMPLE_DIR,
  SAMPLE_EXPORT_FILE,
} from '../src/data/sample/sample-files';
import { eventsFromExport, lookupTable } from '../src/workbook/export-events';
import { checkHunts, formatReport } from '../src/workbook/hunt-check';

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
    Object.entries(lookupFiles).map(([name, file]) => [name, lookupTable(readText(file))]),
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

function parseArgs(argv: readonly string[]): { data: string[]; lookups: Record<string, string> } {
  const data: string[] = [];
  const lookups: Record<string, string> = {};
  let mode: 'data' | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data') mode = 'data';
    else if (arg === '--lookup') {
      const spec = argv[++i] ?? '';
      const eq = spec.indexOf('=');
      if (eq <= 0) throw new Error(`--lookup wants NAME=FILE, got "${spec}"`);
      lookups[spec.slice(0, eq)] = spec.slice(eq + 1);
      mode = null;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (mode === 'data') data.push(arg);
    else throw new Error(`unexpected argument "${arg}" (files go after --data)`);
  }
  return { data, lookups };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const files = args.data.length ? args.data : SAMPLE_DATA;
  const lookups = args.data.length ? args.lookups : { ...SAMPLE_LOOKUPS, ...args.lookups };
  const started = Date.now();
  const data = loadData(files, lookups);
  for (const p of data.problems) console.error(`skipped: ${p}`);
  console.log(`${data.events} events from ${files.length} file(s) in ${Date.now() - started} ms`);
  const report = await checkHunts(HUNTS, { source: data.source, lookups: data.lookups });
  console.log(formatReport(report));
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
