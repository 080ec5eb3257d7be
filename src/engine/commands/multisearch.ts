import type { Pipeline } from '../ast';
import type { Row } from '../values';
import type { CommandDef } from '../context';

export interface MultisearchArgs {
  searches: Pipeline[];
}

/**
 * `| multisearch [search ...] [search ...] ...`: runs every subsearch and merges their results
 * newest first, as Splunk interleaves them by time. At least two subsearches.
 */
export const multisearchCommand: CommandDef<MultisearchArgs> = {
  name: 'multisearch',
  meta: {
    syntax: '| multisearch <subsearch> <subsearch> [<subsearch>]...',
    description: 'Runs several searches and merges their events by time.',
    example: '| multisearch [search sourcetype=stream:http] [search sourcetype=stream:dns]',
    differences:
      'The subsearches may use any command (Splunk allows only streaming ones); their results are merged by _time, newest first.',
  },
  parse(r, ctx) {
    const searches: Pipeline[] = [];
    while (r.peek().kind === 'subsearch') searches.push(ctx.parseSubsearch(r.readSubsearch()));
    if (searches.length < 2) {
      throw r.error(`'multisearch' needs at least two subsearches [search ...]`, r.peek(), '[');
    }
    return { searches };
  },
  async generate(args, ctx) {
    const fields: string[] = [];
    const rows: Array<{ row: Row; t: number; i: number }> = [];
    for (const p of args.searches) {
      const r = await ctx.runPipeline(p);
      for (const f of r.fields) if (!fields.includes(f)) fields.push(f);
      for (const row of r.rows) {
        const t = typeof row._time === 'number' ? row._time : Number(row._time ?? NaN);
        rows.push({ row, t: Number.isFinite(t) ? t : -Infinity, i: rows.length });
      }
    }
    rows.sort((a, b) => b.t - a.t || a.i - b.i);
    return { fields, rows: rows.map((x) => x.row) };
  },
};
