import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromEvents, type ResultSet, type Row, runSearch } from '../engine';
import { toCsv } from '../workbook/csv';
import { WorkbookDB } from './db/db';
import { readAll } from './formats/read-all';
import { runImport } from './import/pipeline';
import { saveLookup } from './lookups/lookup-store';
import { StoredLookupSource } from './lookups/lookup-source';
import { fieldsOf } from './model';
import { toEvent } from './normalize';
import { adoptSearchMessage } from './search/client';
import type { FromSearchWorker } from './search/protocol';
import { searchStored } from './search/run-stored';

// Every member of Object.prototype: as field names, each once hid or faked data.
const NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const FIXTURES = new URL('../test/fixtures/hostile/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const TZ = 'UTC';
const NOW = Date.UTC(2017, 8, 1);

/** What the page receives: the worker's message after a structured clone, adopted as the client does. */
function received(result: ResultSet): ResultSet {
  const msg = structuredClone({ type: 'done', id: 1, result }) as FromSearchWorker;
  const adopted = adoptSearchMessage(msg);
  if (adopted.type !== 'done') throw new Error('unexpected message');
  return adopted.result;
}

const own = (row: Row) => Object.fromEntries(Object.entries(row));

let db: WorkbookDB;
let n = 0;
beforeEach(async () => {
  db = new WorkbookDB(`proto-names-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('field names that are Object.prototype members', () => {
  it('are read as fields by every reader', () => {
    const lines = readAll('json-lines', fixture('proto-names.jsonl'));
    expect(lines.issues).toEqual([]);
    expect(lines.records).toHaveLength(2);
    const first = lines.records[0].fields;
    for (const name of NAMES)
      expect(Object.getOwnPropertyDescriptor(first, name)?.value).toBe(`v_${name}`);
    expect(first['params.constructor']).toBe('nested_constructor');
    expect(first['params.__proto__']).toBe('nested_proto');
    // The event without them has none of them, not Object.prototype's.
    for (const name of NAMES) expect(lines.records[1].fields[name]).toBeUndefined();

    const array = readAll(
      'json-array',
      `[${fixture('proto-names.jsonl').trim().split('\n').join(',')}]`,
    );
    expect(array.issues).toEqual([]);
    expect(array.records.map((r) => r.fields)).toEqual(lines.records.map((r) => r.fields));

    const csv = readAll('splunk-csv', fixture('proto-names.csv'));
    expect(csv.issues).toEqual([]);
    for (const name of NAMES) expect(csv.records[0].fields[name]).toBe(`c_${name}`);
    for (const name of NAMES) expect(csv.records[1].fields[name]).toBeUndefined();
  });

  it('import, search, cross to the page and export exactly', async () => {
    const files = ['proto-names.jsonl', 'proto-names.csv'].map(
      (name) => new File([fixture(name)], name),
    );
    const ds = await runImport(files, {
      db,
      name: 'proto',
      datasetId: 'proto',
      signal: new AbortController().signal,
    });
    expect(ds.eventCount).toBe(4);
    expect(ds.skipped).toBe(0);
    const search = async (query: string) =>
      received(await searchStored(db, query, { datasetIds: ['proto'], tz: TZ, now: NOW }));

    const table = await search(`* | sort _time | table host ${NAMES.join(' ')}`);
    expect(table.fields).toEqual(['host', ...NAMES]);
    expect(table.rows.map(own)).toEqual([
      { host: 'proto-host', ...Object.fromEntries(NAMES.map((k) => [k, `v_${k}`])) },
      { host: 'plain-host' },
      { host: 'proto-host', ...Object.fromEntries(NAMES.map((k) => [k, `c_${k}`])) },
      { host: 'plain-host' },
    ]);
    // A missing field is missing on the page too, not Object's constructor.
    for (const name of NAMES) expect(table.rows[1][name]).toBeUndefined();
    const csv = toCsv(table.fields, table.rows).split('\r\n');
    expect(csv[0]).toBe(['host', ...NAMES].join(','));
    expect(csv[1]).toBe(['proto-host', ...NAMES.map((k) => `v_${k}`)].join(','));
    expect(csv[2]).toBe('plain-host' + ','.repeat(NAMES.length));

    for (const name of NAMES) {
      const found = await search(`${name}=v_${name} OR ${name}=c_${name} | stats count`);
      expect(found.rows.map(own), name).toEqual([{ count: 2 }]);
    }
    const byProto = await search('* | stats count by __proto__');
    expect(byProto.rows.map(own)).toEqual([
      Object.fromEntries([
        ['__proto__', 'c___proto__'],
        ['count', 1],
      ]),
      Object.fromEntries([
        ['__proto__', 'v___proto__'],
        ['count', 1],
      ]),
    ]);
    const events = await search('constructor=v_constructor');
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0]['params.__proto__']).toBe('nested_proto');
  });

  it('a lookup with them as columns is read, crosses to the page and enriches exactly', async () => {
    await saveLookup(db, 'protos.csv', fixture('proto-lookup.csv'), 'test');
    const lookups = new StoredLookupSource(db);
    const input = await runSearch('| inputlookup protos.csv', {
      source: fromEvents([]),
      tz: TZ,
      now: NOW,
      lookups,
    });
    // The search worker posts this: a function among the values failed with DataCloneError.
    const page = received(input);
    expect(page.fields).toEqual(['host', ...NAMES]);
    expect(page.rows.map(own)).toEqual([
      { host: 'proto-host', ...Object.fromEntries(NAMES.map((k) => [k, `l_${k}`])) },
      { host: 'plain-host' },
    ]);
    expect(page.rows[1].constructor).toBeUndefined();

    const events = readAll('splunk-csv', fixture('proto-names.csv')).records.map((r) => {
      const ev = toEvent({
        line: r.line,
        names: Object.keys(r.fields),
        values: Object.values(r.fields),
      });
      if ('error' in ev) throw new Error(ev.error);
      return { time: ev.time, raw: ev.raw, fields: fieldsOf(ev.columns, ev.values) };
    });
    const enriched = await runSearch(
      '* | lookup protos.csv host OUTPUT constructor AS owner, __proto__ AS proto | table host owner proto',
      { source: fromEvents(events), tz: TZ, now: NOW, lookups },
    );
    expect(received(enriched).rows.map(own)).toEqual([
      { host: 'plain-host' },
      { host: 'proto-host', owner: 'l_constructor', proto: 'l___proto__' },
    ]);
  });

  it('dataset counts keep a host named __proto__ through IndexedDB', async () => {
    const csv =
      '_time,host,sourcetype,_raw\n1503543600,__proto__,constructor,x\n1503543601,toString,constructor,y\n';
    await runImport([new File([csv], 'h.csv')], {
      db,
      name: 'hosts',
      datasetId: 'hosts',
      signal: new AbortController().signal,
    });
    const ds = (await db.datasets.get('hosts'))!;
    expect(Object.keys(ds.hosts).sort()).toEqual(['__proto__', 'toString']);
    expect(ds.hosts.__proto__).toBe(1);
    expect(ds.hosts.constructor).toBeUndefined();
    expect(ds.sourcetypes.constructor).toBe(2);
  });
});
