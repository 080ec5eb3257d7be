import type { WorkbookDB } from '../db/db';
import type { LookupRecord } from '../db/schema-types';
import { FileDecoder } from '../formats/decode';
import { lookupSummaries, type LookupSummary } from './lookup-summary';
import { LookupFileError, readLookupCsv } from './read-lookup';
import { t } from '../../i18n/messages';

/** Lookup files are small tables; a bigger file is almost surely an event export picked by mistake. */
export const MAX_LOOKUP_BYTES = 50 * 1024 * 1024;

/**
 * Stores a CSV lookup under `name` (as searches will name it). The file is read completely
 * before anything is written, and the write is one put: a same-name table is replaced
 * atomically, and a bad file leaves it untouched. Returns whether a table was replaced.
 */
export async function saveLookup(
  db: WorkbookDB,
  name: string,
  text: string,
  origin: string,
): Promise<{ record: LookupRecord; replaced: boolean }> {
  const table = readLookupCsv(name, text);
  const record: LookupRecord = { name, ...table, origin, importedAt: Date.now() };
  let replaced = false;
  await db.transaction('rw', db.lookups, async () => {
    replaced = (await db.lookups.get(name)) !== undefined;
    await db.lookups.put(record);
  });
  return { record, replaced };
}

/** What importing a lookup file did, small enough to send from a worker. */
export interface LookupImportResult {
  name: string;
  rows: number;
  /** Whether a stored table of that name was replaced. */
  replaced: boolean;
  /** The file's encoding, and characters that were not valid in it (shown as U+FFFD). */
  encoding: string;
  invalidChars: number;
}

/**
 * Imports a file the user picked; the table is named as the file is. UTF-8, or UTF-16 with a byte
 * order mark; characters that are not valid in the encoding are counted.
 */
export async function importLookupFile(db: WorkbookDB, file: File): Promise<LookupImportResult> {
  if (!/\.csv$/i.test(file.name)) {
    throw new LookupFileError(file.name, 1, t('import.lookup.notCsv'));
  }
  if (file.size > MAX_LOOKUP_BYTES) {
    throw new LookupFileError(
      file.name,
      1,
      t('import.lookup.tooLarge', { mb: MAX_LOOKUP_BYTES / (1024 * 1024) }),
    );
  }
  const decoder = new FileDecoder();
  const text = decoder.push(new Uint8Array(await file.arrayBuffer())) + decoder.end();
  const { record, replaced } = await saveLookup(db, file.name, text, file.name);
  return {
    name: record.name,
    rows: record.rows.length,
    replaced,
    encoding: decoder.encoding.toUpperCase(),
    invalidChars: decoder.replaced,
  };
}

export async function listLookups(db: WorkbookDB): Promise<LookupSummary[]> {
  return lookupSummaries(await db.lookups.toArray());
}

export async function deleteLookup(db: WorkbookDB, name: string): Promise<void> {
  await db.lookups.delete(name);
}
