import { describe, expect, it } from 'vitest';
import { flattenEvent } from './flatten-json';

describe('flattenEvent', () => {
  const event = {
    src_ip: '10.0.2.107',
    dest_port: 21,
    ok: false,
    gone: null,
    empty: '',
    tags: ['ftp', 'exfil'],
    dns: { rrname: 'froth.ly', answers: [{ rdata: 'a', ttl: 60 }, { rdata: 'b' }] },
    matrix: [[1, 2], [3]],
    one: ['only'],
  };

  it('names nested values the way spath does', () => {
    expect(flattenEvent(event, 'spath')).toEqual({
      src_ip: '10.0.2.107',
      dest_port: '21',
      ok: 'false',
      'tags{}': ['ftp', 'exfil'],
      'dns.rrname': 'froth.ly',
      'dns.answers{}.rdata': ['a', 'b'],
      'dns.answers{}.ttl': '60',
      'matrix{}{}': ['1', '2', '3'],
      'one{}': 'only',
    });
  });

  it('keeps Splunk multivalue arrays under the field’s own name', () => {
    const fields = flattenEvent(event, 'splunk');
    expect(fields.tags).toEqual(['ftp', 'exfil']);
    expect(fields.one).toBe('only');
    expect(fields['dns.answers{}.rdata']).toEqual(['a', 'b']);
    expect(fields['matrix{}']).toEqual(['1', '2', '3']);
  });

  it('collects values that reach one name twice', () => {
    expect(flattenEvent({ 'a.b': 'x', a: { b: 'y' } }, 'spath')).toEqual({ 'a.b': ['x', 'y'] });
  });
});
