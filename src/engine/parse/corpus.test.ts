import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SplError } from '../errors';
import { parseMacrosConf } from '../macros';
import { parseSearch } from '../run/run-search';

const dir = new URL('../../test/fixtures/spl-corpus/', import.meta.url);
const macros = parseMacrosConf(readFileSync(new URL('macros.conf', dir), 'utf8'), 'macros.conf');
const searches = readFileSync(new URL('searches.spl', dir), 'utf8')
  .split(/^----$/m)
  .map((block) =>
    block
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n')
      .trim(),
  )
  .filter((q) => q !== '');

/**
 * The searches of the set that stay refused, and why: each names what is not supported here
 * (data models, subsearches as filters, commands with no meaning in the browser).
 */
const REFUSED: Array<[RegExp, RegExp]> = [
  [/from datamodel=/, /^tstats from datamodel: the data model '[\w.]+' is not available/],
  [/timechart span=1d sparkline/, /^sparkline\(\) works in 'stats' and 'chart' only$/],
  [/where count > \[/, /^Expected an expression, found '\[/],
  [/stream:http \[\|/, /^Subsearches inside a search are not supported yet$/],
  [/\| datamodel /, /^Command 'datamodel' is not supported: there are no CIM data models here/],
  [/\| collect /, /^Command 'collect' is not supported: there are no summary indexes here/],
  [/\| map /, /^Command 'map' is not supported: /],
];

describe('the committed set of hunting searches', () => {
  it('holds enough searches to mean something', () => {
    expect(searches.length).toBeGreaterThanOrEqual(140);
  });

  it('parses every search except the ones refused by name, each with its reason', () => {
    const failures: string[] = [];
    let parsed = 0;
    for (const q of searches) {
      const refused = REFUSED.find(([shape]) => shape.test(q));
      try {
        parseSearch(q, undefined, macros);
        parsed++;
        if (refused) failures.push(`parsed, but expected to be refused: ${q}`);
      } catch (err) {
        if (!(err instanceof SplError)) throw err;
        if (!refused) failures.push(`${q}\n  => ${err.message} at ${err.position}`);
        else if (!refused[1].test(err.message))
          failures.push(`${q}\n  => wrong reason: ${err.message}`);
        // Every error points inside the search as written.
        expect(err.position).toBeGreaterThanOrEqual(0);
        expect(err.end).toBeLessThanOrEqual(q.length);
      }
    }
    expect(failures).toEqual([]);
    // 130 of 141 at the time of writing; 51 (and silently wrong where macros were used) before.
    expect(parsed).toBe(searches.length - 11);
  });

  it('fails every macro-using search with the macro named when its definitions are missing', () => {
    for (const q of searches.filter((s) => s.includes('`'))) {
      expect(() => parseSearch(q)).toThrow(/^Macro `[\w()]+` is not defined$/);
    }
  });
});

describe('the parser never throws anything but SplError', () => {
  // Pieces of SPL that exercise every part of the grammar, shuffled into nonsense.
  const pieces = [
    ...new Set(
      searches
        .join(' ')
        .split(/(\s+|[|[\]()"'`=,])/)
        .filter((t) => t.trim() !== ''),
    ),
  ];
  const check = (q: string) => {
    try {
      parseSearch(q, undefined, macros);
    } catch (err) {
      if (!(err instanceof SplError)) throw err;
      if (err.position < 0 || err.end < err.position || err.end > q.length + 1) {
        throw new Error(`bad error offsets ${err.position}-${err.end} for ${JSON.stringify(q)}`, {
          cause: err,
        });
      }
    }
  };

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (q) => check(q)),
      { numRuns: 2000 },
    );
  });

  it('on shuffled pieces of real searches', () => {
    const token = fc.constantFrom(...pieces);
    const query = fc.array(token, { maxLength: 40 }).map((ts) => ts.join(' '));
    fc.assert(
      fc.property(query, (q) => check(q)),
      { numRuns: 3000 },
    );
  });

  it('on real searches cut at any point', () => {
    const cut = fc
      .tuple(fc.constantFrom(...searches), fc.nat(), fc.nat())
      .map(([q, a, b]) =>
        q.slice(Math.min(a, b) % (q.length + 1), Math.max(a, b) % (q.length + 1)),
      );
    fc.assert(
      fc.property(cut, (q) => check(q)),
      { numRuns: 3000 },
    );
  });
});
