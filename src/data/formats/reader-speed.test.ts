import * as Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../model';
import { toEvent } from '../normalize';
import { createReader } from './create-reader';
import type { FormatId } from './detect';

/**
 * Throughput of the readers on import-shaped data. Prints numbers instead of asserting them (a
 * shared CI machine makes timed assertions flaky); run with FORMAT_BENCH=1:
 *   FORMAT_BENCH=1 npx vitest run src/data/formats/reader-speed.test.ts
 * The assertions check the readers produced every event, so the numbers are for real work.
 */
const ROWS = 200_000;
const PIECE = 64 * 1024;

function streamFtpRaw(i: number, time: string): string {
  return JSON.stringify({
    endtime: time,
    timestamp: time,
    bytes_in: i % 900,
    bytes_out: i % 77,
    dest_ip: '160.153.91.7',
    dest_port: 21,
    flow_id: `b5f1d3a2-${i}`,
    method: 'RETR',
    reply_content: 'Transfer complete',
    src_ip: `10.0.2.${i % 250}`,
    src_port: 40000 + (i % 2000),
  });
}

function isoPacific(ms: number): string {
  return new Date(ms - 7 * 3_600_000).toISOString().replace('Z', '-07:00');
}

/** ~450-byte rows whose `_raw` is a ~300-byte JSON event, so full of doubled quotes. */
function csvText(): string {
  const parts = [
    '"_time","host","source","sourcetype","index","_raw","src_ip","dest_ip","dest_port","method"\n',
  ];
  const base = Date.UTC(2017, 7, 1);
  for (let i = 0; i < ROWS; i++) {
    const t = isoPacific(base + i * 1000);
    const raw = streamFtpRaw(i, t).replaceAll('"', '""');
    parts.push(
      `"${t}","wrk-btun","stream:ftp","stream:ftp","botsv2","${raw}",` +
        `"10.0.2.${i % 250}","160.153.91.7",21,RETR\n`,
    );
  }
  return parts.join('');
}

function jsonRowsText(): string {
  const parts: string[] = [];
  const base = Date.UTC(2017, 7, 1);
  for (let i = 0; i < ROWS; i++) {
    const t = isoPacific(base + i * 1000);
    const result = {
      _time: t,
      host: 'wrk-btun',
      source: 'stream:ftp',
      sourcetype: 'stream:ftp',
      index: 'botsv2',
      _raw: streamFtpRaw(i, t),
      src_ip: `10.0.2.${i % 250}`,
      dest_ip: '160.153.91.7',
      dest_port: '21',
      method: 'RETR',
    };
    parts.push(JSON.stringify({ preview: false, offset: i, result }) + '\n');
  }
  return parts.join('');
}

function pieces(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += PIECE) out.push(text.slice(i, i + PIECE));
  return out;
}

function best(runs: number, f: () => number): { ms: number; result: number } {
  let ms = Infinity;
  let result = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    result = f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, result };
}

/**
 * With `normalize`, each record also goes through toEvent and its raw text is read once, as the
 * term indexer will: a raw built from pieces is only joined up when first read.
 */
function readAll(format: FormatId, parts: string[], normalize: boolean): number {
  let n = 0;
  const reader = createReader(format, {
    record(rec: SourceRecord) {
      if (!normalize) {
        n++;
        return;
      }
      const ev = toEvent(rec);
      if (!('error' in ev) && ev.raw.charCodeAt(ev.raw.length >> 1) > 0) n++;
    },
    issue() {},
  });
  for (const p of parts) reader.push(p);
  reader.end();
  return n;
}

/** papaparse's low-level Parser fed the way its ChunkStreamer does: rows only, no records. */
function papaRows(parts: string[]): number {
  const parser = new Papa.Parser({});
  let carry = '';
  let base = 0;
  let rows = 0;
  for (const p of parts) {
    const input = carry + p;
    const res = parser.parse(input, base, true) as Papa.ParseResult<string[]>;
    rows += res.data.length;
    carry = input.substring(res.meta.cursor - base);
    base = res.meta.cursor;
  }
  rows += (parser.parse(carry, base, false) as Papa.ParseResult<string[]>).data.length;
  return rows;
}

function report(label: string, chars: number, ms: number, events: number): void {
  const mbs = chars / 1e6 / (ms / 1000);
  const eps = events / (ms / 1000);
  console.log(`${label}: ${mbs.toFixed(0)} MB/s, ${(eps / 1000).toFixed(0)}k events/s`);
}

describe.skipIf(!process.env.FORMAT_BENCH)('reader throughput', () => {
  it('splunk-csv', () => {
    const text = csvText();
    const parts = pieces(text);
    console.log(
      `CSV: ${(text.length / 1e6).toFixed(1)} MB, ${(text.length / ROWS).toFixed(0)} B/row`,
    );
    const papa = best(5, () => papaRows(parts));
    expect(papa.result).toBe(ROWS + 1);
    report('papaparse Parser, rows only', text.length, papa.ms, ROWS);
    const reader = best(5, () => readAll('splunk-csv', parts, false));
    expect(reader.result).toBe(ROWS);
    report('CsvReader, records', text.length, reader.ms, ROWS);
    const touched = best(3, () => {
      let n = 0;
      let rawAt = -1;
      const r = createReader('splunk-csv', {
        record(rec: SourceRecord) {
          if (rawAt === -1) rawAt = rec.names.indexOf('_raw');
          const raw = rec.values[rawAt] as string;
          if (raw.charCodeAt(raw.length >> 1) > 0) n++;
        },
        issue() {},
      });
      for (const p of parts) r.push(p);
      r.end();
      return n;
    });
    report('CsvReader, records, raw read', text.length, touched.ms, ROWS);
    const normalized = best(3, () => readAll('splunk-csv', parts, true));
    expect(normalized.result).toBe(ROWS);
    report('CsvReader + toEvent', text.length, normalized.ms, ROWS);
  });

  it('splunk-json-rows', () => {
    const text = jsonRowsText();
    const parts = pieces(text);
    const reader = best(3, () => readAll('splunk-json-rows', parts, false));
    expect(reader.result).toBe(ROWS);
    report('JsonLinesReader (rows), records', text.length, reader.ms, ROWS);
  });

  it('json-array', () => {
    const rows = jsonRowsText()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.stringify((JSON.parse(l) as { result: unknown }).result));
    const text = '[\n' + rows.join(',\n') + '\n]\n';
    const reader = best(3, () => readAll('json-array', pieces(text), false));
    expect(reader.result).toBe(ROWS);
    report('JsonElementsReader (array), records', text.length, reader.ms, ROWS);
  });
});
