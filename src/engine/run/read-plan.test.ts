import { describe, expect, it } from 'vitest';
import { fromEvents, type EventChunk } from '../source';
import { readPlan } from './read-plan';

const NOW = Date.UTC(2017, 8, 1);
const plan = (query: string) => readPlan(query, NOW, 'UTC');

describe('readPlan: fields', () => {
  it('lists the fields a column count compares and counts by', () => {
    expect(plan('sourcetype=stream:ftp dest=1.2.3.4 | stats count by src').fields).toEqual(
      new Set(['sourcetype', 'dest', 'src']),
    );
    expect(
      plan('ftp NOT (user IN (a, b) OR x>1) | timechart span=1h count by host').fields,
    ).toEqual(new Set(['user', 'x', 'host']));
    expect(plan('ftp | stats count').fields).toEqual(new Set());
  });

  it('leaves other queries to read every field', () => {
    expect(plan('host=web-1 | eval x=user | stats count by x').fields).toBeNull();
    expect(plan('host=web-1').fields).toBeNull();
    expect(plan('| nosuchcommand (').fields).toBeNull();
  });
});

describe('readPlan: terms', () => {
  it("lists the base search's words and phrases, whole or by a wildcard's prefix", () => {
    expect(plan('error "login failed" NOT fail* host=web-1').terms).toEqual({
      terms: ['error', 'login', 'failed'],
      prefixes: ['fail'],
    });
    expect(plan('| tstats count where index=main zebra by host').terms).toEqual({
      terms: ['zebra'],
      prefixes: [],
    });
    expect(plan('ftp | stats count by host').terms).toEqual({ terms: ['ftp'], prefixes: [] });
  });

  it('looks up no term for a search without words or a command that reads no events', () => {
    expect(plan('host=web-1 | stats count by user').terms).toEqual({ terms: [], prefixes: [] });
    expect(plan('| makeresults').terms).toEqual({ terms: [], prefixes: [] });
    expect(plan('| metadata type=hosts').terms).toEqual({ terms: [], prefixes: [] });
  });

  it('reads every term page for a subsearch, or a query that does not parse', () => {
    expect(plan('error [search warn | head 1 | fields host]').terms).toBeNull();
    expect(plan('error | stats count by host | append [search warn]').terms).toBeNull();
    expect(plan('error | nosuchcommand').terms).toBeNull();
  });
});

describe('readPlan: raw texts', () => {
  const source = fromEvents(
    [
      { time: 3000, raw: 'zebracorn seen', fields: { host: 'a' } },
      { time: 2000, raw: 'nothing here', fields: { host: 'a' } },
      { time: 1000, raw: 'nothing there', fields: { host: 'b' } },
    ],
    { chunkSize: 1 },
  );
  const chunks = async (): Promise<EventChunk[]> =>
    Promise.all((await source.chunks()).map((_, i) => source.load(i)));
  const reads = async (query: string) => {
    const raw = plan(query).raw;
    return raw && (await chunks()).map((c) => raw(c));
  };

  it('reads the raw texts only of chunks whose term index has the keyword', async () => {
    expect(await reads('zebracorn')).toEqual([true, false, false]);
    expect(await reads('| tstats count where zebracorn by host')).toEqual([true, false, false]);
    expect(await reads('NOT zebracorn')).toEqual([true, true, true]);
    expect(await reads('host=a | eval n=len(_raw)')).toEqual([true, true, true]);
  });

  it('reads none for a column count, a search without words, metadata or eventcount', async () => {
    expect(await reads('zebracorn | stats count by host')).toEqual([false, false, false]);
    expect(await reads('| tstats count by host')).toEqual([false, false, false]);
    expect(await reads('| metadata type=hosts')).toEqual([false, false, false]);
    expect(await reads('| eventcount')).toEqual([false, false, false]);
  });

  it('reads every raw text for a subsearch, another generating command or a bad query', () => {
    expect(plan('zebracorn [search nothing | fields host]').raw).toBeNull();
    expect(plan('| makeresults').raw).toBeNull();
    expect(plan('zebracorn | nosuchcommand').raw).toBeNull();
  });
});
