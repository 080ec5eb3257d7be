import { parseSearchExpr } from '../parse/search-parser';
import type { SearchExpr } from '../parse/ast';
import { compileSearch } from '../search/compile';
import { rowView, scanEvents } from '../search/scan';
import type { CommandDef } from './command';

/**
 * `search <expression>`: first in a pipeline it reads events from the source; later it filters
 * the rows it receives with the same language (free text against their `_raw`).
 */
export const searchCommand: CommandDef<SearchExpr> = {
  name: 'search',
  parse: (r) => parseSearchExpr(r),
  generate: (expr, ctx) => scanEvents(compileSearch(expr, ctx.resolveTime), ctx),
  run(input, expr, ctx) {
    const compiled = compileSearch(expr, ctx.resolveTime);
    return {
      fields: input.fields,
      rows: input.rows.filter((row) => compiled.matchesRow(rowView(row))),
    };
  },
};
