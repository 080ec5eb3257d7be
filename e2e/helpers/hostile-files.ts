import { gzipSync } from 'node:zlib';

/**
 * The hostile files too large to commit (src/test/fixtures/hostile has the small ones), made when
 * the end-to-end tests need them. Each
 * returns what a file input takes: a name and the file's bytes.
 */
export interface HostileFile {
  name: string;
  buffer: Buffer;
}

const HEADER = '_time,host,sourcetype,_raw\n';
const row = (i: number, host = 'h') => `${1503543600 + i},${host},hostile:csv,"event ${i}"\n`;

/**
 * Three good rows, then a quote that never closes (line 5) and 17 MB of rows after it, gzipped:
 * once the rest of the file was buffered as one row (a 1 MB gzip reached 2.2 GB).
 */
export function unterminatedQuote(): HostileFile {
  const rest = row(9).repeat(Math.ceil((17 * 1024 * 1024) / row(9).length));
  const text =
    HEADER + row(1) + row(2) + row(3) + '1503543604,h,hostile:csv,"never closed\n' + rest;
  return { name: 'open-quote.csv.gz', buffer: gzipSync(text, { level: 1 }) };
}

/** A gzip of valid rows that inflates to 80 MB from well under a megabyte. */
export function decompressionBomb(): HostileFile {
  const body = Buffer.alloc(80 * 1024 * 1024, row(5));
  return { name: 'bomb.csv.gz', buffer: gzipSync(Buffer.concat([Buffer.from(HEADER), body])) };
}

/** Events from `hosts` distinct hosts: the dataset record keeps the top 100 and counts the rest. */
export function manyHosts(hosts: number): HostileFile {
  const lines = [HEADER];
  for (let i = 0; i < hosts; i++) lines.push(row(i, `host-${i}`));
  return { name: 'many-hosts.csv', buffer: Buffer.from(lines.join('')) };
}

/** A CSV in UTF-16 (little or big endian) with its byte order mark, as Windows tools write it. */
export function utf16Csv(littleEndian: boolean): HostileFile {
  const text = '\ufeff' + HEADER + row(1, 'wrk-é') + row(2, 'ホスト');
  const le = Buffer.from(text, 'utf16le');
  if (!littleEndian) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return { name: littleEndian ? 'utf16le.csv' : 'utf16be.csv', buffer: le };
}

/** JSON lines with two bytes that are never UTF-8 (0xFF) among enough text not to look binary. */
export function invalidUtf8(): HostileFile {
  const good = '{"_time":"1503543601","host":"h","sourcetype":"hostile:json","m":"ok"}\n'.repeat(
    20,
  );
  const bad = Buffer.from(
    '{"_time":"1503543600","host":"h","sourcetype":"hostile:json","m":"a#b#"}\n',
  );
  for (let i = 0; i < bad.length; i++) if (bad[i] === 0x23) bad[i] = 0xff;
  return { name: 'invalid-utf8.jsonl', buffer: Buffer.concat([bad, Buffer.from(good)]) };
}

/** One event nested 50,000 levels deep (its fields past 64 levels stay in _raw) and one plain. */
export function deepJson(): HostileFile {
  const deep = '['.repeat(50_000) + '"bottom"' + ']'.repeat(50_000);
  const text =
    `{"timestamp":"2017-08-24T03:00:00Z","host":"deep","a":${deep}}\n` +
    '{"timestamp":"2017-08-24T03:00:01Z","host":"deep"}\n';
  return { name: 'deep.jsonl', buffer: Buffer.from(text) };
}

/** A lookup 4 MB wide: 4,000 columns (its parsing was quadratic in them: 20 s on the page). */
export function wideLookup(): HostileFile {
  const cols = 4000;
  const header = ['host', ...Array.from({ length: cols - 1 }, (_, i) => `c${i}`)].join(',');
  const rows = Array.from({ length: 160 }, (_, r) =>
    [`host-${r}`, ...Array.from({ length: cols - 1 }, (_, i) => `v${i}`)].join(','),
  );
  return { name: 'wide.csv', buffer: Buffer.from([header, ...rows].join('\n') + '\n') };
}
