import { describe, expect, it } from 'vitest';
import { highlightTerms, splitHighlights } from './highlight';
import { prettyRaw } from './pretty';

describe('prettyRaw', () => {
  it('indents JSON', () => {
    expect(prettyRaw('{"a":1,"b":{"c":"x"}}')).toEqual({
      format: 'json',
      text: '{\n  "a": 1,\n  "b": {\n    "c": "x"\n  }\n}',
      rest: '',
    });
    // As JSON.stringify lays it out, but with numbers and strings as written.
    const json = '{"a": [1.0, {}, []], "b": "\\u00e9 \\"q\\"", "c": null}';
    expect(prettyRaw(json).text).toBe(
      JSON.stringify(JSON.parse(json), null, 2)
        .replace('"é \\"q\\""', '"\\u00e9 \\"q\\""')
        .replace(/^ {4}1,$/m, '    1.0,'),
    );
  });

  it('indents XML by nesting, keeping short elements on one line', () => {
    expect(prettyRaw('<Event><System><EventID>4624</EventID></System></Event>')).toEqual({
      format: 'xml',
      text: '<Event>\n  <System>\n    <EventID>4624</EventID>\n  </System>\n</Event>',
      rest: '',
    });
  });

  it('aligns key=value pairs', () => {
    const out = prettyRaw('Aug 24 host sshd: user=bob src=10.0.0.1 action="login ok"');
    expect(out.format).toBe('kv');
    expect(out.text).toBe(
      'Aug 24 host sshd:\nuser   = bob\nsrc    = 10.0.0.1\naction = "login ok"',
    );
  });

  it('keeps a name starting with @ whole', () => {
    const out = prettyRaw('@timestamp="Aug 23, 2017" host.name="wrk-btun" user.name="x"');
    expect(out.text).toBe('@timestamp = "Aug 23, 2017"\nhost.name  = "wrk-btun"\nuser.name  = "x"');
  });

  it('leaves other text as is, including broken JSON', () => {
    expect(prettyRaw('plain words here')).toEqual({
      format: 'text',
      text: 'plain words here',
      rest: '',
    });
    expect(prettyRaw('{"a":')).toEqual({ format: 'text', text: '{"a":', rest: '' });
  });
});

describe('highlight', () => {
  it('takes terms, phrases and = values, not negated ones', () => {
    const terms = highlightTerms(
      'ftp "STOR file" dest=10.0.0.1 NOT secret src!=x | search user IN (bob, al*)',
    );
    expect(terms.sort()).toEqual(['10.0.0.1', 'al*', 'bob', 'ftp', 'stor file']);
    expect(highlightTerms('bad |')).toEqual([]);
  });

  it('splits text into hit and plain parts, case-insensitive', () => {
    expect(splitHighlights('FTP to ftp.example', ['ftp'])).toEqual([
      { text: 'FTP', hit: true },
      { text: ' to ', hit: false },
      { text: 'ftp', hit: true },
      { text: '.example', hit: false },
    ]);
    expect(splitHighlights('none', ['x'])).toEqual([{ text: 'none', hit: false }]);
    // Whole words only, unless a wildcard opens that side.
    expect(splitHighlights('export dest_port', ['port'])).toEqual([
      { text: 'export dest_', hit: false },
      { text: 'port', hit: true },
    ]);
    expect(splitHighlights('alice', ['al*']).map((p) => p.hit)).toEqual([true, false]);
  });
});
