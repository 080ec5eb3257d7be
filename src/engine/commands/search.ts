import { parseSearchExpr } from '../parse/search-parser';
import type { SearchExpr } from '../ast';
import { compileSearch } from '../search/compile';
import { rowView, scanEvents } from '../search/scan';
import { toNumber } from '../eval/coerce';
import type { Row } from '../values';
import type { CommandDef } from '../context';

/**
 * `search <expression>`: first in a pipeline it reads events from the source; later it filters
 * the rows it receives with the same language (free text against their `_raw`).
 */
export const searchCommand: CommandDef<SearchExpr> = {
  name: 'search',
  meta: {
    syntax: 'search <search-expression>',
    description: 'Keeps the events or results that match terms and field comparisons.',
    example: 'index=main sourcetype=ftp src_ip=10.0.2.109 NOT STOR',
  },
  parse: (r) => parseSearchExpr(r),
  generate: (expr, ctx) => scanEvents(compileSearch(expr, ctx.resolveTime), ctx),
  run(input, expr, ctx) {
    const compiled = compileSearch(expr, ctx.resolveTime);
    // earliest=/latest= here bound the rows' _time (epoch seconds) instead of the scan.
    const earliest = (compiled.time.earliest ?? -Infinity) / 1000;
    const latest = (compiled.time.latest ?? Infinity) / 1000;
    const inTime = (row: Row) => {
      if (earliest === -Infinity && latest === Infinity) return true;
      const t = toNumber(row._time ?? null);
      return t !== null && t >= earliest && t < latest;
    };
    return {
      fields: input.fields,
      rows: input.rows.filter((row) => inTime(row) && compiled.matchesRow(rowView(row))),
    };
  },
};
