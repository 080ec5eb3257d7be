/**
 * What the format fixtures (src/test/fixtures/formats) must import as. Each number and range
 * was checked against the files themselves (papaparse / JSON.parse and Intl, outside the app)
 * and agrees with the fixtures' README; change a fixture and these together.
 */
export const FACTS = {
  csv: {
    file: 'botsv2-sample.csv',
    name: 'botsv2-sample',
    events: 30,
    rangeLosAngeles: '2017-08-23 20:31:18 – 2017-08-23 20:39:11 (UTC-07:00)',
    rangeUtc: '2017-08-24 03:31:18 – 2017-08-24 03:39:11 (UTC+00:00)',
    /** Most frequent first; ties in name order. */
    sourcetypes: [
      ['pan:traffic', 7],
      ['stream:ftp', 6],
      ['suricata', 6],
      ['XmlWinEventLog:Microsoft-Windows-Sysmon/Operational', 6],
      ['wineventlog', 5],
    ] as const,
    hosts: [
      ['wrk-klagerf', 12],
      ['wrk-btun', 11],
      ['gw-01', 7],
    ] as const,
  },
  json: {
    file: 'botsv2-sample.json',
    name: 'botsv2-sample',
    events: 30,
    rangeLosAngeles: '2017-08-23 20:31:18 – 2017-08-23 20:39:11 (UTC-07:00)',
  },
  array: {
    file: 'events-array.json',
    name: 'events-array',
    events: 13,
  },
  malformed: {
    file: 'broken.csv',
    name: 'broken',
    events: 5,
    skipped: 2,
    skippedLines: [7, 9],
  },
  noTime: { file: 'no-time.csv' },
  binary: { file: 'not-a-log.bin' },
} as const;
