import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookupTable } from '../../workbook/export-events';
import { WorkbookDB } from '../db/db';
import { searchStored } from '../search/run-stored';
import { deleteLookup, importLookupFile, listLookups, saveLookup } from './lookup-store';
import { StoredLookupSource } from './lookup-source';
import { LookupFileError, readLookupCsv } from './read-lookup';

const sampleAssets = readFileSync(
  new URL('../../../public/sample/assets.csv', import.meta.url),
  'utf8',
);

let db: WorkbookDB;
let n = 0;
beforeEach(async () => {
  db = new WorkbookDB(`lookups-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('reading a lookup file', () => {
  it('reads the sample as the hunt check does (same columns, same rows)', () => {
    const mine = readLookupCsv('assets.csv', sampleAssets);
    const check = lookupTable(sampleAssets);
    expect(mine.fields).toEqual(check.fields);
    expect(mine.rows.map((r) => ({ ...r }))).toEqual(check.rows.map((r) => ({ ...r })));
    expect(mine.fields.slice(0, 3)).toEqual(['ip', 'mac', 'nt_host']);
  });

  it('refuses a file without a header row, naming file and line', () => {
    expect(() => readLookupCsv('empty.csv', '\n10.0.0.1,x\n')).toThrow(
      new LookupFileError(
        'empty.csv',
        1,
        'the file must start with a header row naming the columns',
      ),
    );
  });

  it('refuses a row with the wrong number of cells, naming its line', () => {
    try {
      readLookupCsv('bad.csv', 'ip,host\n10.0.0.1,a\n10.0.0.2,b,extra\n');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(LookupFileError);
      expect((err as LookupFileError).line).toBe(3);
      expect((err as LookupFileError).message).toMatch(
        /^bad\.csv, line 3: expected 2 columns, found 3/,
      );
    }
  });

  it('keeps the columns of a header with no rows', () => {
    expect(readLookupCsv('h.csv', 'ip,"nt_host"\n')).toEqual({
      fields: ['ip', 'nt_host'],
      rows: [],
    });
  });
});

describe('stored lookup tables', () => {
  it('reads UTF-16 files and counts what is not valid UTF-8', async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'ip,owner\n10.0.0.1,ä\n'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(await importLookupFile(db, new File([utf16], 'le.csv'))).toMatchObject({
      rows: 1,
      encoding: 'UTF-16LE',
      invalidChars: 0,
    });
    expect((await db.lookups.get('le.csv'))?.rows).toEqual([{ ip: '10.0.0.1', owner: 'ä' }]);
    const bad = new Uint8Array([...new TextEncoder().encode('ip,owner\n10.0.0.2,'), 0xff, 0x0a]);
    expect(await importLookupFile(db, new File([bad], 'bad.csv'))).toMatchObject({
      encoding: 'UTF-8',
      invalidChars: 1,
    });
  });

  it('imports, lists and deletes', async () => {
    const file = new File(['ip,nt_host\n10.0.0.1,gw\n10.0.0.2,\n'], 'hosts.csv', {
      type: 'text/csv',
    });
    const result = await importLookupFile(db, file);
    expect(result).toEqual({
      name: 'hosts.csv',
      rows: 2,
      replaced: false,
      encoding: 'UTF-8',
      invalidChars: 0,
    });
    const record = await db.lookups.get('hosts.csv');
    expect(record?.rows).toEqual([{ ip: '10.0.0.1', nt_host: 'gw' }, { ip: '10.0.0.2' }]);
    const list = await listLookups(db);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      name: 'hosts.csv',
      rowCount: 2,
      fields: ['ip', 'nt_host'],
      origin: 'hosts.csv',
    });
    await deleteLookup(db, 'hosts.csv');
    expect(await listLookups(db)).toEqual([]);
  });

  it('replaces a same-name table, and a bad file leaves the stored one as it was', async () => {
    await saveLookup(db, 'a.csv', 'ip\n1.1.1.1\n', 'a.csv');
    const second = await saveLookup(db, 'a.csv', 'ip\n2.2.2.2\n3.3.3.3\n', 'a.csv');
    expect(second.replaced).toBe(true);
    expect((await db.lookups.get('a.csv'))?.rows).toEqual([{ ip: '2.2.2.2' }, { ip: '3.3.3.3' }]);
    await expect(saveLookup(db, 'a.csv', 'ip\n"4.4.4.4\n', 'a.csv')).rejects.toThrow(
      /a\.csv, line 2/,
    );
    expect((await db.lookups.get('a.csv'))?.rows).toHaveLength(2);
  });

  it('refuses a file that is not .csv', async () => {
    await expect(importLookupFile(db, new File(['ip\n1.1.1.1\n'], 'x.json'))).rejects.toThrow(
      /x\.json, line 1/,
    );
    expect(await listLookups(db)).toEqual([]);
  });
});

describe('StoredLookupSource', () => {
  it('serves lookup and inputlookup in searches, and names the known tables', async () => {
    await saveLookup(db, 'assets.csv', sampleAssets, 'sample');
    const lookups = new StoredLookupSource(db);
    const opts = { datasetIds: [], lookups, tz: 'UTC', now: Date.now() };
    expect(await lookups.names()).toEqual(['assets.csv']);
    expect(await lookups.table('nope.csv')).toBeNull();

    const all = await searchStored(db, '| inputlookup assets.csv', opts);
    expect(all.rows).toHaveLength(readLookupCsv('assets.csv', sampleAssets).rows.length);

    const enriched = await searchStored(
      db,
      '| makeresults | eval src="10.0.1.10" | lookup assets.csv ip AS src OUTPUT nt_host owner_name',
      opts,
    );
    expect(enriched.rows[0]).toMatchObject({
      src: '10.0.1.10',
      nt_host: 'mars',
      owner_name: 'Kevin Lagerfield',
    });

    await expect(searchStored(db, '| inputlookup other.csv', opts)).rejects.toThrow(
      /Known tables: assets\.csv/,
    );
  });
});
