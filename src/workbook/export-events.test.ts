import { describe, expect, it } from 'vitest';
import { eventsFromExport, lookupTable } from './export-events';

describe('eventsFromExport', () => {
  it('reads a Splunk CSV export into events with their fields', () => {
    const csv =
      '"_time",host,"_raw",src\n' +
      '"2017-08-23T20:36:14.000-07:00",wrk-btun,"USER admin",10.0.2.107\n' +
      '"not a time",x,"y",z\n';
    const { events, problems } = eventsFromExport(csv, 'export.csv');
    expect(events).toEqual([
      {
        time: Date.parse('2017-08-24T03:36:14Z'),
        raw: 'USER admin',
        fields: { host: 'wrk-btun', src: '10.0.2.107' },
      },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(3);
  });

  it('says so when the text is no export at all', () => {
    expect(eventsFromExport('\u0000\u0001\u0002binary', 'x.bin').problems).toHaveLength(1);
  });
});

describe('lookupTable', () => {
  it('keeps the header order and leaves empty cells out of the rows', () => {
    const t = lookupTable('ip,mac,nt_host\n10.0.2.107,,wrk-btun\n10.0.1.100,00:50,mercury\n');
    expect(t.fields).toEqual(['ip', 'mac', 'nt_host']);
    expect(t.rows.map((r) => ({ ...r }))).toEqual([
      { ip: '10.0.2.107', nt_host: 'wrk-btun' },
      { ip: '10.0.1.100', mac: '00:50', nt_host: 'mercury' },
    ]);
  });
});
