import { hasKey } from '../data-map';
import { SplError } from '../errors';
import type { Word } from '../parse/arg-reader';
import type { Row } from '../values';
import type { CommandDef } from '../context';
import { wildcardCaptures } from '../search/wildcard';

export interface RenamePair {
  from: Word;
  to: Word;
}

/**
 * `rename a as b[, c* as d* ...]`, applied one pair after the other. A `*` in the new name takes
 * what the `*` in the old name matched. The new name replaces a field that already has it.
 */
export const renameCommand: CommandDef<RenamePair[]> = {
  name: 'rename',
  meta: {
    syntax: 'rename <wc-field> AS <wc-field>[, <wc-field> AS <wc-field>]...',
    description: 'Renames fields; * renames many at once.',
    example: '... | rename src_ip AS source',
  },
  parse(r) {
    const pairs: RenamePair[] = [];
    do {
      const from = r.readJoinedWord('a field name to rename');
      if (!r.takeWord('as')) throw r.error(`Expected 'as' after '${from.text}'`, r.peek(), 'as');
      const to = r.readJoinedWord(`a new name after 'as'`);
      const stars = (w: Word) => w.text.split('*').length - 1;
      if (stars(to) > 0 && stars(to) !== stars(from)) {
        throw new SplError(
          `Wildcards in '${to.text}' do not match those in '${from.text}'`,
          to.start,
          { end: to.end },
        );
      }
      pairs.push({ from, to });
    } while (r.takeOp(',') || (!r.atEnd() && r.peek().kind !== 'op'));
    return pairs;
  },
  run(input, pairs) {
    let fields = [...input.fields];
    let rows = input.rows;
    for (const pair of pairs) {
      const renames = namesFor(pair, fields);
      if (renames.size === 0) continue;
      fields = renameFields(fields, renames);
      rows = rows.map((row) => renameRow(row, renames));
    }
    return { fields, rows };
  },
};

/** Old name -> new name for every current field the pair matches (case-sensitive). */
function namesFor(pair: RenamePair, fields: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!pair.from.text.includes('*')) {
    if (fields.includes(pair.from.text)) out.set(pair.from.text, pair.to.text);
    return out;
  }
  const captures = wildcardCaptures(pair.from.text, { greedy: true });
  for (const f of fields) {
    const m = captures(f);
    if (!m) continue;
    let i = 0;
    out.set(
      f,
      pair.to.text.replace(/\*/g, () => m[i++] ?? ''),
    );
  }
  return out;
}

function renameFields(fields: readonly string[], renames: Map<string, string>): string[] {
  const targets = new Set(renames.values());
  const out: string[] = [];
  for (const f of fields) {
    const to = renames.get(f);
    if (to !== undefined) {
      if (!out.includes(to)) out.push(to);
    } else if (!targets.has(f) && !out.includes(f)) out.push(f);
  }
  return out;
}

function renameRow(row: Row, renames: Map<string, string>): Row {
  const out: Row = Object.create(null);
  const targets = new Set(renames.values());
  for (const [f, v] of Object.entries(row)) {
    if (!renames.has(f) && !targets.has(f)) out[f] = v;
  }
  for (const [from, to] of renames) if (hasKey(row, from)) out[to] = row[from];
  return out;
}
