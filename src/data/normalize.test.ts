import { describe, expect, it } from 'vitest';
import { recordOf, type FieldValue } from './model';
import {
  DROPPED_INTERNAL_FIELDS,
  eventRecord,
  synthesizeRaw,
  isSynthesizedRaw,
  timeSource,
  toEvent as toEventRow,
} from './normalize';

const rec = (fields: Record<string, FieldValue>) => recordOf(7, fields);
/** toEvent with the event's fields as an object, to compare whole events. */
function toEvent(r: ReturnType<typeof rec>) {
  const ev = toEventRow(r);
  return 'error' in ev ? ev : eventRecord(ev);
}
const T = Date.UTC(2017, 7, 24, 3, 36, 14);

describe('toEvent', () => {
  it('separates time and raw text from the other fields', () => {
    expect(
      toEvent(
        rec({
          _time: '2017-08-23T20:36:14.000-07:00',
          _raw: 'RETR nc.exe',
          host: 'wrk-klagerf',
          Account_Name: ['WRK-KLAGERF$', 'kevin.lagerfield'],
        }),
      ),
    ).toEqual({
      time: T,
      raw: 'RETR nc.exe',
      fields: { host: 'wrk-klagerf', Account_Name: ['WRK-KLAGERF$', 'kevin.lagerfield'] },
    });
  });

  it('drops Splunk bookkeeping fields and keeps other underscore fields', () => {
    const fields: Record<string, FieldValue> = {
      _time: '1503545774',
      _raw: 'x',
      _indextime: '1503545780',
    };
    for (const name of DROPPED_INTERNAL_FIELDS) fields[name] = 'internal';
    fields._si = ['idx-01', 'botsv2'];
    const ev = toEvent(rec(fields));
    expect(ev).toEqual({ time: T, raw: 'x', fields: { _indextime: '1503545780' } });
  });

  it('takes the first value of a multivalue _time', () => {
    expect(toEvent(rec({ _time: ['1503545774', '1'], _raw: 'x' }))).toMatchObject({ time: T });
  });

  it('falls back to timestamp, then time, and keeps them as fields', () => {
    const suricata = toEvent(rec({ timestamp: '2017-08-23T20:36:14.000000-0700', _raw: 'x' }));
    expect(suricata).toEqual({
      time: T,
      raw: 'x',
      fields: { timestamp: '2017-08-23T20:36:14.000000-0700' },
    });
    expect(toEvent(rec({ time: '1503545774', timestamp: 'bad', _raw: 'x' }))).toEqual({
      error: 'unparsable timestamp "bad"',
      field: 'timestamp',
    });
    expect(toEvent(rec({ time: '1503545774', _raw: 'x' }))).toMatchObject({ time: T });
    expect(toEvent(rec({ _time: '1503545774', timestamp: 'bad', _raw: 'x' }))).toMatchObject({
      time: T,
    });
  });

  it('says when there is no time at all', () => {
    expect(toEvent(rec({ host: 'wrk-btun', _raw: 'x' }))).toEqual({
      error: 'no _time field',
      field: '_time',
    });
  });

  it('quotes an unparsable _time, cut to 40 characters', () => {
    expect(toEvent(rec({ _time: 'yesterday' }))).toEqual({
      error: 'unparsable _time "yesterday"',
      field: '_time',
    });
    const long = 'x'.repeat(50);
    expect(toEvent(rec({ _time: long }))).toEqual({
      error: `unparsable _time "${'x'.repeat(40)}…"`,
      field: '_time',
    });
  });

  it('gives a table export without _raw a key="value" text to search', () => {
    const ev = toEvent(
      rec({
        _time: '1503545774',
        _indextime: '1503545780',
        src_ip: '10.0.2.107',
        query: 'say "hi" \\ bye',
        port: ['21', '443'],
      }),
    );
    expect(ev).toMatchObject({
      // Exactly as stored: no escaping of quotes or backslashes.
      raw: 'src_ip="10.0.2.107" query="say "hi" \\ bye" port="21" port="443"',
    });
  });
});

describe('timeSource', () => {
  it('names the field and value the time comes from', () => {
    expect(timeSource(rec({ time: '1', timestamp: '2' }))).toEqual({
      field: 'timestamp',
      value: '2',
    });
    expect(timeSource(rec({ _time: ['3', '4'] }))).toEqual({ field: '_time', value: '3' });
    expect(timeSource(rec({ _time: [], time: '5' }))).toEqual({ field: 'time', value: '5' });
    expect(timeSource(rec({ host: 'x' }))).toBeNull();
  });
});

describe('synthesizeRaw', () => {
  it('is empty when there is nothing but internal fields', () => {
    expect(synthesizeRaw(['_indextime', 'x'], ['1', undefined])).toBe('');
  });
});

describe('isSynthesizedRaw', () => {
  it('tells the text built from the fields from a raw event, the added index or not', () => {
    const ev = toEvent(rec({ _time: '1503545774', User: 'CORP\\bob', port: ['21', '443'] }));
    if ('error' in ev) throw new Error(ev.error);
    expect(ev.raw).toBe('User="CORP\\bob" port="21" port="443"');
    const fields = { User: 'CORP\\bob', port: ['21', '443'], _time: 1503545774 };
    expect(isSynthesizedRaw(ev.raw, fields)).toBe(true);
    expect(isSynthesizedRaw(ev.raw, { index: 'main', ...fields })).toBe(true);
    expect(isSynthesizedRaw(ev.raw, { ...fields, extra: 'x' })).toBe(false);
    expect(isSynthesizedRaw('User=CORP\\bob port=21', fields)).toBe(false);
    expect(isSynthesizedRaw('', {})).toBe(false);
    // An event's own index is in the text; one given at import is not.
    const own = toEvent(rec({ _time: '1503545774', index: 'web', a: '1' }));
    if ('error' in own) throw new Error(own.error);
    expect(isSynthesizedRaw(own.raw, { index: 'web', a: '1' })).toBe(true);
  });
});
