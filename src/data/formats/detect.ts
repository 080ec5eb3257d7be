export type FormatId =
  'splunk-csv' | 'splunk-json-rows' | 'json-lines' | 'json-array' | 'json-results' | 'zeek-tsv';

/** For the "unsupported file" message. */
export const SUPPORTED_FORMATS_TEXT =
  'Splunk CSV export; Splunk JSON export (one {"result":…} per line); JSON lines (one event ' +
  'object per line); a JSON array of events; a Splunk {"results":[…]} document; a Zeek TSV log ' +
  '(#separator, #fields); each may be gzip-compressed (.gz).';

/** Keys of Splunk's export rows; a first line made only of these is a row, not an event. */
const ROW_KEYS = new Set(['preview', 'offset', 'result', 'lastrow', 'messages', 'init_offset']);

/**
 * Decides a file's format from its first decoded text (about 64 KB, possibly cut mid-record).
 * Content decides; the file name only settles a CSV header that could also be prose. Returns null
 * for anything unsupported, binary included.
 */
export function detectFormat(head: string, fileName: string): FormatId | null {
  let start = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start < head.length && isSpace(head.charCodeAt(start))) start++;
  if (start === head.length || looksBinary(head)) return null;

  const first = head[start];
  if (head.startsWith('#separator', start)) return 'zeek-tsv';
  if (first === '[') return 'json-array';
  if (first === '{') return detectJsonObject(head, start);
  return detectCsv(head, start, fileName) ? 'splunk-csv' : null;
}

function detectJsonObject(head: string, start: number): FormatId | null {
  const nl = head.indexOf('\n', start);
  const firstLine = head.slice(start, nl === -1 ? head.length : nl).trim();
  // The first line that parses decides, so one damaged line at the top does not hide the rest.
  // A lone `{` opens a pretty-printed document, whose inner lines say nothing about the format.
  const lines = firstLine === '{' ? [] : leadingLines(head, start);
  for (const line of lines) {
    const doc = line.startsWith('{') ? tryParse(line) : undefined;
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) continue;
    if (Array.isArray((doc as Record<string, unknown>).results)) return 'json-results';
    const keys = Object.keys(doc);
    if (
      ('result' in doc || 'lastrow' in doc || 'messages' in doc) &&
      keys.every((k) => ROW_KEYS.has(k))
    ) {
      return 'splunk-json-rows';
    }
    return 'json-lines';
  }
  // The first line does not parse: a document spread over lines, or a line longer than the head.
  if (/"results"\s*:\s*\[/.test(head)) {
    const key = /^\{\s*"([^"\\]*)"/.exec(head.slice(start));
    if (key && (key[1] === 'results' || ROW_KEYS.has(key[1]) || key[1] === 'fields')) {
      return 'json-results';
    }
  }
  if (
    /^\{\s*"(preview|offset|result|lastrow)"\s*:/.test(firstLine) &&
    /"result"\s*:\s*\{/.test(head)
  ) {
    return 'splunk-json-rows';
  }
  // One long event object cut by the end of the head still reads as a JSON line.
  if (nl === -1 && /^\{\s*"/.test(firstLine)) return 'json-lines';
  return null;
}

/** Up to 20 non-blank lines from start; the last one only if the head holds no line end at all. */
function leadingLines(head: string, start: number): string[] {
  const lines: string[] = [];
  let from = start;
  while (lines.length < 20 && from < head.length) {
    const nl = head.indexOf('\n', from);
    if (nl === -1) {
      if (from === start) lines.push(head.slice(from).trim());
      break;
    }
    const line = head.slice(from, nl).trim();
    if (line !== '') lines.push(line);
    from = nl + 1;
  }
  return lines;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A header line as Splunk writes it: comma-separated names, quoted or not. `_raw` or `_time`
 * settles it; otherwise every name must look like a field name, or the file must be named .csv,
 * so a line of prose with a comma in it is not taken for a table.
 */
function detectCsv(head: string, start: number, fileName: string): boolean {
  const names = headerNames(head, start);
  if (names === null || names.length === 0) return false;
  if (names.includes('_raw') || names.includes('_time')) return true;
  if (names.length < 2) return /\.csv(\.gz)?$/i.test(fileName) && names[0] !== '';
  const nameLike = names.every((n) => n.length > 0 && n.length <= 128 && /^[\w.{}@:\- ]+$/.test(n));
  return nameLike || /\.csv(\.gz)?$/i.test(fileName);
}

/** The cells of the first CSV line, or null when it holds control characters or no line end. */
function headerNames(head: string, start: number): string[] | null {
  const names: string[] = [];
  let i = start;
  let cell = '';
  for (;;) {
    if (i >= head.length) return null;
    const c = head.charCodeAt(i);
    if (c === 34) {
      let from = i + 1;
      for (;;) {
        const close = head.indexOf('"', from);
        if (close === -1) return null;
        if (head.charCodeAt(close + 1) !== 34) {
          cell += head.slice(from, close);
          i = close + 1;
          break;
        }
        cell += head.slice(from, close + 1);
        from = close + 2;
      }
      continue;
    }
    if (c === 44) {
      names.push(cell);
      cell = '';
    } else if (c === 10) {
      names.push(cell.endsWith('\r') ? cell.slice(0, -1) : cell);
      return names;
    } else if (c < 32 && c !== 13 && c !== 9) {
      return null;
    } else {
      cell += head[i];
    }
    i++;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * NUL bytes or many other control characters or U+FFFD (what TextDecoder makes of bytes that
 * are not UTF-8) in the first 4 KB: a binary file, or a gzip file nobody decompressed.
 */
function looksBinary(head: string): boolean {
  const sample = Math.min(head.length, 4096);
  let odd = 0;
  for (let i = 0; i < sample; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd > sample / 100;
}
