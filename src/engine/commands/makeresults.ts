import { parseCountWord } from '../parse/arg-reader';
import type { Row } from '../values';
import type { CommandDef } from './command';

export interface MakeresultsArgs {
  count: number;
}

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
    const count = opts.get('count');
    return { count: count ? parseCountWord(count) : 1 };
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
