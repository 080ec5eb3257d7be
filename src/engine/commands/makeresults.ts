import { SplError } from '../errors';
import { parseCountWord } from '../parse/arg-reader';
import type { Row } from '../values';
import type { CommandDef } from '../context';

export interface MakeresultsArgs {
  count: number;
}

/**
 * The most results makeresults makes: Splunk's default `maxresultrows` (limits.conf), its limit
 * on the results a command generates. `count=100000000` had made a 4.7 GB array and crashed.
 */
export const MAKERESULTS_MAX = 50_000;

/** `| makeresults [count=N]`: N results (1 by default) holding only `_time`, the search's now. */
export const makeresultsCommand: CommandDef<MakeresultsArgs> = {
  name: 'makeresults',
  meta: {
    syntax: '| makeresults [count=<int>]',
    description: 'Makes results with only _time, to try eval and other commands.',
    example: '| makeresults count=3 | eval n=random() % 10',
    differences: 'annotate is not supported.',
  },
  transforming: true,
  parse(r) {
    const opts = r.readOptions(['count']);
    const word = opts.get('count');
    const count = word ? parseCountWord(word) : 1;
    if (word && count > MAKERESULTS_MAX) {
      throw new SplError(
        `makeresults makes at most ${MAKERESULTS_MAX.toLocaleString('en-US')} results, not ${word.text}`,
        word.start,
        { end: word.end },
      );
    }
    return { count };
  },
  generate(args, ctx) {
    // Splunk stamps whole seconds.
    const now = Math.floor(ctx.now / 1000);
    const rows: Row[] = [];
    for (let i = 0; i < args.count; i++) {
      const row: Row = Object.create(null);
      row._time = now;
      rows.push(row);
    }
    return { fields: ['_time'], rows };
  },
};
