import { describe, expect, it } from 'vitest';
import { runSearch } from '../run/run-search';
import { fromEvents, type PlainEvent } from '../source';

// Sysmon events as Splunk holds them: the XML in _raw, Image extracted with single backslashes.
const IMAGES = [
  'C:\\Windows\\System32\\cmd.exe',
  'C:\\Windows\\System32\\ftp.exe',
  'C:\\Users\\billy.tun\\cmd.exe.bak',
];
const EVENTS: PlainEvent[] = IMAGES.map((image, i) => ({
  time: Date.UTC(2017, 7, 24, 3, 30, i),
  raw: `<Event><EventData><Data Name='Image'>${image}</Data><Data Name='User'>FROTHLY\\billy.tun</Data></EventData></Event>`,
  fields: { id: String(i + 1), Image: image, User: 'FROTHLY\\billy.tun' },
}));

async function ids(query: string): Promise<string[]> {
  const r = await runSearch(query, { source: fromEvents(EVENTS), tz: 'UTC', now: 0 });
  return r.rows.map((row) => String(row.id)).sort();
}

describe('backslashes, as Splunk escapes them', () => {
  it.each([
    // The three forms of the issue: quoted, unquoted, and with a wildcard.
    ['Image="C:\\\\Windows\\\\System32\\\\cmd.exe"', ['1']],
    ['Image=C:\\\\Windows\\\\System32\\\\cmd.exe', ['1']],
    ['Image=*\\\\cmd.exe', ['1']],
    ['Image="*\\\\cmd.exe"', ['1']],
    ['Image=C:\\\\Windows\\\\*', ['1', '2']],
    ['Image!=*\\\\cmd.exe', ['2', '3']],
    [
      'Image IN (C:\\\\Windows\\\\System32\\\\ftp.exe, "C:\\\\Windows\\\\System32\\\\cmd.exe")',
      ['1', '2'],
    ],
    ['User=FROTHLY\\\\billy.tun Image=*ftp.exe', ['2']],
    // Free text: the same value as a keyword and as a phrase.
    ['C:\\\\Windows\\\\System32\\\\ftp.exe', ['2']],
    ['"C:\\\\Windows\\\\System32\\\\ftp.exe"', ['2']],
    // Later in the pipeline, the search command reads the same.
    ['* | search Image=*\\\\cmd.exe', ['1']],
  ])('search %s', async (query, want) => {
    expect(await ids(query)).toEqual(want);
  });

  it('keeps backslashes that escape nothing, and \\| is a pipe inside a term', async () => {
    // \W, \S and \c are not escapes: each backslash stays, so one backslash finds one too.
    expect(await ids('Image=C:\\Windows\\System32\\cmd.exe')).toEqual(['1']);
    expect(await ids('Image=C:\\\\\\Windows\\System32\\cmd.exe')).toEqual([]);
    const r = await runSearch('| makeresults | eval x="a|b" | search x=a\\|b | table x', {
      source: fromEvents([]),
      tz: 'UTC',
      now: 0,
    });
    expect(r.rows).toEqual([{ x: 'a|b' }]);
  });

  it.each([
    ['* | where Image="C:\\\\Windows\\\\System32\\\\cmd.exe"', ['1']],
    ['* | where like(Image, "%\\\\cmd.exe")', ['1']],
    ['* | where match(Image, "\\\\\\\\cmd\\.exe$")', ['1']],
    [
      '* | eval dir=replace(Image, "\\\\\\\\[^\\\\\\\\]+$", "") | where dir="C:\\\\Windows\\\\System32"',
      ['1', '2'],
    ],
    ['* | eval n=len("C:\\\\Windows") | where n=10', ['1', '2', '3']],
  ])('where and eval: %s', async (query, want) => {
    expect(await ids(query)).toEqual(want);
  });
});
