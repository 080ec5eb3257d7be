import type { FieldValue } from '../model';
import { logTypeOfFile } from './zeek-tsv-reader';

/**
 * Zeek's JSON logs (`LogAscii::use_json`): one object per line with `ts` and, per log type, `uid`
 * (conn, dns, http, ...), `fuid` (files) or `id.orig_h`. The log type comes from `_path` where the
 * writer includes it (Corelight, Security Onion, Kafka exports), else from the file name
 * (`conn.log`, `dns.json`); the event then gets the sourcetype `zeek:<type>`, as a TSV log does.
 * An event that names its own sourcetype keeps it; one whose type cannot be told gets none.
 */
export function tagZeekJson(fields: Record<string, FieldValue>, fileName: string): void {
  if (fields.sourcetype !== undefined || fields.ts === undefined) return;
  const path = typeof fields._path === 'string' ? fields._path : null;
  const zeekLike =
    path !== null ||
    fields.uid !== undefined ||
    fields.fuid !== undefined ||
    fields['id.orig_h'] !== undefined;
  if (!zeekLike) return;
  const type = path ?? logTypeOfFile(fileName);
  if (type !== null) fields.sourcetype = `zeek:${type}`;
}
