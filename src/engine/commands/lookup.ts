import { fromValues, toText, valuesOf } from '../eval/coerce';
import type { ArgReader, Word } from '../parse/arg-reader';
import type { Row, Scalar } from '../values';
import type { CommandDef } from '../context';
import { findTable } from './lookup-tables';

/** A lookup column and the event field it pairs with (`col AS field`). */
interface FieldPair {
  column: string;
  field: string;
}

export interface LookupArgs {
  table: Word;
  inputs: FieldPair[];
  /** null: every column that is not an input. */
  outputs: FieldPair[] | null;
  /** OUTPUTNEW: fill only fields the row does not have. */
  onlyNew: boolean;
}

const STOP = ['output', 'outputnew', 'as'];

/**
 * `lookup <table> <col> [AS <field>] ... [OUTPUT|OUTPUTNEW <col> [AS <field>] ...]`: adds the
 * columns of the table rows whose input columns equal the row's fields. Matching is exact and
 * case-sensitive (Splunk's default for CSV lookups, case_sensitive_match=true). Several matching
 * table rows give multivalue fields of the distinct values, in table order. A multivalue input field looks up each of
 * its values. OUTPUT replaces the fields (and removes them when nothing matches); OUTPUTNEW only
 * sets fields the row does not have yet.
 */
export const lookupCommand: CommandDef<LookupArgs> = {
  name: 'lookup',
  meta: {
    syntax: 'lookup <table> <field> [AS <field>]... [OUTPUT | OUTPUTNEW <field> [AS <field>]...]',
    description: 'Adds fields from a lookup table to results whose field matches a row.',
    example: '... | lookup assets.csv ip AS src_ip OUTPUT owner',
    differences:
      "Matches are exact and case-sensitive (Splunk's CSV default); no wildcard or CIDR matching.",
  },
  parse(r) {
    r.readOptions(['local', 'update']);
    const table = r.readWord('a lookup table name');
    const inputs = readPairs(r);
    if (inputs.length === 0) throw r.error(`'lookup' needs a lookup field`, r.peek(), 'a field');
    let outputs: FieldPair[] | null = null;
    let onlyNew = false;
    if (r.isWord('output') || r.isWord('outputnew')) {
      onlyNew = r.next().value.toLowerCase() === 'outputnew';
      outputs = readPairs(r);
      if (outputs.length === 0) {
        throw r.error(`Expected an output field name`, r.peek(), 'a field');
      }
    }
    return { table, inputs, outputs, onlyNew };
  },
  async run(input, args, ctx) {
    const table = await findTable(ctx.lookups, args.table);
    const inputColumns = args.inputs.map((p) => p.column);
    const outputs =
      args.outputs ??
      table.fields.filter((c) => !inputColumns.includes(c)).map((c) => ({ column: c, field: c }));
    // Table rows by the text of their input columns.
    const index = new Map<string, Row[]>();
    for (const t of table.rows) {
      const key = keyOf(inputColumns.map((c) => toText(t[c] ?? null)));
      if (key === null) continue;
      const list = index.get(key);
      if (list) list.push(t);
      else index.set(key, [t]);
    }
    const fields = [...input.fields];
    for (const o of outputs) if (!fields.includes(o.field)) fields.push(o.field);
    const rows = input.rows.map((src) => {
      const matches = matchingRows(src, args.inputs, index);
      if (matches === null) return src;
      const row: Row = Object.assign(Object.create(null), src);
      for (const o of outputs) {
        if (args.onlyNew && row[o.field] !== undefined) continue;
        const values: Scalar[] = [];
        for (const m of matches) {
          for (const v of valuesOf(m[o.column] ?? null)) if (!values.includes(v)) values.push(v);
        }
        const v = fromValues(values);
        if (v === null) delete row[o.field];
        else row[o.field] = v;
      }
      return row;
    });
    return { fields, rows };
  },
};

function readPairs(r: ArgReader): FieldPair[] {
  const out: FieldPair[] = [];
  for (;;) {
    r.takeOp(',');
    const t = r.peek();
    if (t.kind !== 'word' && t.kind !== 'string') break;
    if (t.kind === 'word' && STOP.includes(t.value.toLowerCase())) break;
    const column = r.readWord('a field name').text;
    const as = r.readAs();
    out.push({ column, field: as ? as.text : column });
  }
  return out;
}

function keyOf(parts: (string | null)[]): string | null {
  return parts.some((p) => p === null) ? null : JSON.stringify(parts);
}

/** The table rows for a result row; null when the row lacks an input field (no lookup done). */
function matchingRows(row: Row, inputs: FieldPair[], index: Map<string, Row[]>): Row[] | null {
  let combos: string[][] = [[]];
  for (const p of inputs) {
    const values = valuesOf(row[p.field] ?? null).map((v) => toText(v) ?? '');
    if (values.length === 0) return null;
    combos = combos.flatMap((c) => values.map((v) => [...c, v]));
  }
  const out: Row[] = [];
  for (const c of combos) out.push(...(index.get(JSON.stringify(c)) ?? []));
  return out;
}
