import { SplError } from '../errors';
import type { Word } from '../parse/arg-reader';
import type { Row } from '../values';
import type { CommandDef } from '../context';
import { tallyBy } from './chunk-tally';

export interface MetadataArgs {
  type: 'hosts' | 'sources' | 'sourcetypes';
  indexes: string[];
}

const FIELD = { hosts: 'host', sources: 'source', sourcetypes: 'sourcetype' } as const;

/**
 * `| metadata type=hosts|sources|sourcetypes [index=<name>]...`: one row per host, source or
 * sourcetype of the stored events in the time range: `firstTime`, `lastTime`, `recentTime`
 * (epoch seconds), `totalCount`, `type`.
 */
export const metadataCommand: CommandDef<MetadataArgs> = {
  name: 'metadata',
  transforming: true,
  meta: {
    syntax: '| metadata type=<hosts|sources|sourcetypes> [index=<index-name>]...',
    description:
      'Lists the hosts, sources or sourcetypes of the stored events, with counts and first and last times.',
    example: '| metadata type=sourcetypes index=botsv2',
    differences:
      'recentTime is the last event time (there is no index time). Counts are exact, from the stored columns. splunk_server and datatype are not supported.',
  },
  parse(r) {
    let type: Word | undefined;
    const indexes: string[] = [];
    for (;;) {
      const opts = r.readOptions([
        'type',
        'index',
        'splunk_server',
        'splunk_server_group',
        'datatype',
      ]);
      if (opts.size === 0) break;
      if (opts.has('type')) type = opts.get('type');
      const index = opts.get('index');
      if (index) indexes.push(index.text);
      for (const k of ['splunk_server', 'splunk_server_group', 'datatype']) {
        const w = opts.get(k);
        if (w) throw r.error(`'metadata ${k}=' is not supported`, w);
      }
    }
    if (!type)
      throw r.error(
        `'metadata' needs type=hosts, type=sources or type=sourcetypes`,
        r.peek(),
        'type=',
      );
    const t = type.text.toLowerCase();
    if (t !== 'hosts' && t !== 'sources' && t !== 'sourcetypes') {
      throw new SplError(
        `metadata type must be hosts, sources or sourcetypes, not '${type.text}'`,
        type.start,
        {
          end: type.end,
        },
      );
    }
    return { type: t, indexes };
  },
  async generate(args, ctx) {
    const field = FIELD[args.type];
    const tallies = await tallyBy(ctx, { field, indexes: args.indexes, timed: true });
    const rows = [...tallies.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([value, t]) => {
        const row: Row = Object.create(null);
        row.firstTime = t.first / 1000;
        row[field] = value;
        row.lastTime = t.last / 1000;
        row.recentTime = t.last / 1000;
        row.totalCount = t.count;
        row.type = args.type;
        return row;
      });
    return { fields: ['firstTime', field, 'lastTime', 'recentTime', 'totalCount', 'type'], rows };
  },
};
