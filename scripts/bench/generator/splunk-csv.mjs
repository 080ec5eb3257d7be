// The export's CSV, Splunk style: how a cell is written and which columns there are.

// Splunk's export writer quotes every cell that is not purely alphanumeric (that is why the header
// reads `"_serial","_time",source,...`): IPs, paths and timestamps come out quoted, plain numbers
// and words do not. Empty cells are written as nothing at all.
const NEEDS_QUOTES = /[^A-Za-z0-9]/;
const QUOTE = /"/g;

/** @param {string | string[] | undefined} v */
export function cell(v) {
  if (v === undefined) return '';
  // Multivalue fields are exported as one cell with the values separated by newlines.
  const s = Array.isArray(v) ? v.join('\n') : v;
  if (s === '') return '';
  if (!NEEDS_QUOTES.test(s)) return s;
  return '"' + (s.includes('"') ? s.replace(QUOTE, '""') : s) + '"';
}

const LEADING_COLUMNS = [
  '_serial',
  '_time',
  'source',
  'sourcetype',
  'host',
  'index',
  'splunk_server',
  '_raw',
];

// Extracted fields, sparse across sourcetypes: each event fills only the ones that fit it. Splunk
// orders the non-internal columns by name (ASCII), which puts the Windows CamelCase ones first.
export const FIELD_COLUMNS = [
  'Account_Domain',
  'Account_Name',
  'CommandLine',
  'Computer',
  'Creator_Process_Name',
  'EventCode',
  'Image',
  'LogName',
  'New_Process_Name',
  'ParentImage',
  'ProcessId',
  'Process_Command_Line',
  'User',
  'action',
  'alert_category',
  'answer',
  'app',
  'bytes',
  'bytes_in',
  'bytes_out',
  'dest',
  'dest_ip',
  'dest_port',
  'dest_zone',
  'event_type',
  'flow_id',
  'http_user_agent',
  'linecount',
  'method',
  'method_parameter',
  'process',
  'query',
  'query_type',
  'reply_code',
  'rule',
  'session_id',
  'severity',
  'signature',
  'signature_id',
  'site',
  'src',
  'src_ip',
  'src_port',
  'src_zone',
  'status',
  'tag',
  'transport',
  'uri_path',
  'user',
];
export const FIELD_INDEX = new Map(FIELD_COLUMNS.map((name, i) => [name, i]));

export const CSV_HEADER = [...LEADING_COLUMNS, ...FIELD_COLUMNS].map(cell).join(',');

/**
 * One event's cells in the export's column order.
 * @typedef {{ source: string, sourcetype: string, host: string, raw: string, fields: Array<[string, string | string[]]>, ms: number }} GenEvent
 */
