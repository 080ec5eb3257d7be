import { describe, expect, it } from 'vitest';
import { SplError } from '../errors';
import { parseSearch } from '../run/run-search';
import { events, plain, runReal, T0 } from '../../test/support/engine-run';

function parseError(q: string): SplError {
  try {
    parseSearch(q);
  } catch (err) {
    if (err instanceof SplError) return err;
    throw err;
  }
  throw new Error(`expected '${q}' to fail`);
}

const web = events([
  { status: '200', method: 'GET', uri: '/index.php', src: '10.0.0.1' },
  { status: '404', method: 'POST', uri: '/admin/login', src: '10.0.0.2' },
  { status: '500', method: 'PUT', uri: '/api', src: '10.0.0.3' },
  { status: '302', method: 'GET', uri: '/admin', src: '10.0.0.1' },
]);
const idsOf = async (q: string) => (await runReal(web, q)).rows.map((r) => r.id);

describe('eval and where keywords in any case, and IN', () => {
  it.each([
    ['where status >= 400 and status < 500 or like(uri, "%.php")', ['2', '1']],
    ['where not (method="GET") and uri like "/a%"', ['3', '2']],
    ['where method IN ("POST", "PUT")', ['3', '2']],
    ['where method in ("POST", "PUT")', ['3', '2']],
    ['where NOT method IN ("POST", "PUT")', ['4', '1']],
    ['where \'src\' in ("10.0.0.1")', ['4', '1']],
    ['where status > 250 xor method = "GET"', ['3', '2', '1']],
  ])('%s', async (q, expected) => {
    expect(await idsOf(`* | ${q}`)).toEqual(expected);
  });

  it('IN in eval, as the in() function (Splunk: if(x IN (...), ...))', async () => {
    const r = await runReal(
      web,
      '* | eval w=if(method IN ("GET","HEAD"), "read", "write") | table id w',
    );
    expect(plain(r.rows)).toEqual([
      { id: '4', w: 'read' },
      { id: '3', w: 'write' },
      { id: '2', w: 'write' },
      { id: '1', w: 'read' },
    ]);
  });

  it('names an empty IN list', () => {
    expect(parseError('* | where x IN ()').message).toBe("Expected values in 'IN (...)'");
  });
});

describe('search: quoted field before IN, TERM(), CASE()', () => {
  const evs = events([
    { raw: 'connect from 10.0.2.107 user=Admin', Image: 'C:\\cmd.exe' },
    { raw: 'src=110.0.2.1070 user=admin', Image: 'C:\\notepad.exe' },
    { raw: 'host-10.0.2.107.example user=ADMIN' },
  ]);
  it.each([
    ['"Image" IN ("*\\\\cmd.exe", "*\\\\powershell.exe")', ['1']],
    // TERM: between major breakers only; a dot before or after does not bound it.
    ['TERM(10.0.2.107)', ['1']],
    ['10.0.2.107', ['3', '1']],
    ['CASE(Admin)', ['1']],
    ['CASE(ADMIN)', ['3']],
    ['admin', ['3', '2', '1']],
    // `=` is a minor breaker: user=admin is one term, in any case.
    ['TERM(user=admin)', ['3', '2', '1']],
    ['TERM(src=110.0.2.1070)', ['2']],
  ])('%s', async (q, expected) => {
    expect((await runReal(evs, q)).rows.map((r) => r.id)).toEqual(expected);
  });
});

describe('rename "Web".* AS * (drop_dm_object_name)', () => {
  it('joins a quoted name and the wildcard written after it', async () => {
    const r = await runReal(
      [],
      '| makeresults | eval Web.src="a", Web.url="/x" | rename "Web".* AS * | table *',
    );
    expect(r.fields).toEqual(['_time', 'src', 'url']);
  });
});

describe('transaction startswith/endswith', () => {
  const logins = events([
    { raw: 'login', user: 'a', EventCode: '4624' },
    { raw: 'work', user: 'a', EventCode: '1' },
    { raw: 'logout', user: 'a', EventCode: '4634' },
    { raw: 'work', user: 'b', EventCode: '1' },
  ]);
  it.each([
    'transaction user startswith=login endswith=logout',
    'transaction user startswith=(EventCode=4624) endswith=(EventCode=4634)',
    'transaction user startswith=eval(EventCode==4624) endswith="logout"',
  ])('%s', async (q) => {
    const r = await runReal(logins, `* | ${q}`);
    expect(plain(r.rows).map((row) => [row.user, row.eventcount, row.duration])).toEqual([
      ['a', 3, 2],
    ]);
  });

  it('points at the option value, not at offset 0', () => {
    const q = '* | transaction user startswith=(EventCode=) maxspan=1h';
    expect(q.slice(parseError(q).position)).toMatch(/^\) maxspan/);
  });
});

describe('wildcards in statistical functions (stats, eventstats, streamstats)', () => {
  const evs = events([
    { src: 'a', bytes_in: '10', bytes_out: '1' },
    { src: 'a', bytes_in: '20', bytes_out: '2' },
    { src: 'b', bytes_in: '5' },
  ]);
  it('values(*) as * keeps each field under its own name, by-fields left out', async () => {
    const r = await runReal(evs, '* | stats values(*) as * by src');
    expect(r.fields).toEqual(['src', 'bytes_in', 'bytes_out', 'id']);
    expect(plain(r.rows)[0]).toEqual({
      src: 'a',
      bytes_in: ['10', '20'],
      bytes_out: ['1', '2'],
      id: ['1', '2'],
    });
  });
  it('sum(bytes_*) as total_* and count(bytes*) named per field', async () => {
    const r = await runReal(evs, '* | stats sum(bytes_*) as total_* count(bytes*)');
    expect(plain(r.rows)).toEqual([
      { total_in: 35, total_out: 3, 'count(bytes_in)': 3, 'count(bytes_out)': 2 },
    ]);
  });
  it('eventstats and streamstats take them too; chart refuses them by name', async () => {
    const r = await runReal(evs, '* | eventstats max(bytes_*) as top_* | table id top_in');
    expect(plain(r.rows).map((x) => x.top_in)).toEqual([20, 20, 20]);
    expect(parseError('* | chart sum(bytes_*) by src').message).toBe(
      "Wildcards are not supported in 'sum()' of 'chart'",
    );
  });
});

describe('inputlookup append=t', () => {
  it('adds a second table after the first', async () => {
    const tables = {
      'a.csv': { fields: ['ip'], rows: [Object.assign(Object.create(null), { ip: '1' })] },
      'b.csv': {
        fields: ['ip', 'o'],
        rows: [Object.assign(Object.create(null), { ip: '2', o: 'x' })],
      },
    };
    const r = await runReal([], '| inputlookup a.csv | inputlookup append=t b.csv', { tables });
    expect(r.fields).toEqual(['ip', 'o']);
    expect(plain(r.rows)).toEqual([{ ip: '1' }, { ip: '2', o: 'x' }]);
  });
});

describe('streamstats time_window', () => {
  // Events at T0 + 0, 60, 120, 400, 420 seconds.
  const evs = [0, 60, 120, 400, 420].map((s, i) => ({
    time: T0 + s * 1000,
    raw: `e${i}`,
    fields: { id: String(i + 1), h: i % 2 ? 'x' : 'y' },
  }));
  it('counts the events of the last N seconds, in either time order', async () => {
    const q = '* | streamstats time_window=2m count as n | table id n';
    const newestFirst = await runReal(evs, q);
    expect(plain(newestFirst.rows).map((r) => [r.id, r.n])).toEqual([
      ['5', 1],
      ['4', 2],
      ['3', 1],
      ['2', 2],
      ['1', 3],
    ]);
    const oldestFirst = await runReal(
      evs,
      `* | sort _time | streamstats time_window=2m count as n | table id n`,
    );
    expect(plain(oldestFirst.rows).map((r) => r.n)).toEqual([1, 2, 3, 1, 2]);
  });
  it('refuses rows out of time order, and names reset_before as unsupported', async () => {
    await expect(runReal(evs, '* | sort h | streamstats time_window=1m count')).rejects.toThrow(
      'streamstats time_window needs the results in time order',
    );
    expect(parseError('* | streamstats reset_before="(x>1)" count').message).toBe(
      "'streamstats reset_before=' is not supported",
    );
    expect(parseError('* | streamstats time_window=5mon count').message).toMatch(/time_window/);
  });
});

describe('eval {field}=...', () => {
  it('names the field from each row (Splunk: eval {aName}=aValue)', async () => {
    const r = await runReal(web, '* | eval {method}_uri=uri | stats values(*_uri) as *_uri');
    expect(plain(r.rows)).toEqual([
      { GET_uri: ['/admin', '/index.php'], PUT_uri: '/api', POST_uri: '/admin/login' },
    ]);
  });
});

describe('mvmap', () => {
  it('maps each value (Splunk: mvmap(results, results*10))', async () => {
    const r = await runReal(
      [],
      '| makeresults | eval results=split("1,2,3", ",") | eval n=mvmap(results, results*10) | eval s=mvmap(results, "p-" . results)',
    );
    expect(plain(r.rows)[0]).toMatchObject({ n: [10, 20, 30], s: ['p-1', 'p-2', 'p-3'] });
  });
  it('wants a field first', async () => {
    await expect(runReal([], '| makeresults | eval n=mvmap(split("a,b", ","), 1)')).rejects.toThrow(
      "mvmap's first argument must be a field",
    );
  });
});
