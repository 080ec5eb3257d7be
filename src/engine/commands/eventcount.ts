import { parseBool } from '../parse/arg-reader';
import type { Row } from '../values';
import type { CommandDef } from '../context';
import { tallyBy } from './chunk-tally';
import { countInRange } from './tstats-meta';

export interface EventcountArgs {
  indexes: string[];
  summarize: boolean;
}

/**
 * `| eventcount [index=<name>]... [summarize=true]`: the number of stored events in the named
 * indexes (all of them without index=), whatever the time range, as Splunk counts whole
 * indexes. summarize=false gives one row per index (`count`, `index`, `server`).
 */
export const eventcountCommand: CommandDef<EventcountArgs> = {
  name: 'eventcount',
  transforming: true,
  meta: {
    syntax:
      '| eventcount [index=<string>]... [summarize=<bool>] [report_size=<bool>] [list_vix=<bool>]',
    description: 'Counts the stored events of the given indexes, ignoring the time range.',
    example: '| eventcount summarize=false index=*',
    differences:
      'Without index= every stored event counts (Splunk: the default indexes). report_size and list_vix are accepted and ignored; server is "local".',
  },
  parse(r) {
    const indexes: string[] = [];
    let summarize = true;
    for (;;) {
      const opts = r.readOptions(['index', 'summarize', 'report_size', 'list_vix']);
      if (opts.size === 0) break;
      const index = opts.get('index');
      if (index) indexes.push(index.text);
      const s = opts.get('summarize');
      if (s) summarize = parseBool(s);
    }
    return { indexes, summarize };
  },
  async generate(args, ctx) {
    if (args.summarize && args.indexes.length === 0) {
      // Every event, whatever its time: the chunks' summaries answer without loading any.
      const infos = await ctx.source.chunks();
      const row: Row = Object.create(null);
      row.count = countInRange(infos, -Infinity, Infinity) ?? 0;
      return { fields: ['count'], rows: [row] };
    }
    const tallies = await tallyBy(ctx, {
      field: 'index',
      indexes: args.indexes.length === 0 ? ['*'] : args.indexes,
      timed: false,
    });
    if (args.summarize) {
      let count = 0;
      for (const t of tallies.values()) count += t.count;
      const row: Row = Object.create(null);
      row.count = count;
      return { fields: ['count'], rows: [row] };
    }
    const rows = [...tallies.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([index, t]) =>
        Object.assign(Object.create(null) as Row, { count: t.count, index, server: 'local' }),
      );
    return { fields: ['count', 'index', 'server'], rows };
  },
};
