import { SplError } from '../errors';
import { toText } from '../eval/coerce';
import { parseBool, type Word } from '../parse/arg-reader';
import type { ResultSet, Row, Value } from '../values';
import type { CommandDef } from '../context';
import { firstValue } from './spath';
import { buildIpTable, type IpTable } from './ip-table';

export interface IplocationArgs {
  field: Word;
  prefix: string;
  allfields: boolean;
}

/** The lookup table iplocation reads; the user imports it (Data → Lookup tables). */
export const IPLOCATION_TABLE = 'iplocation.csv';

const OUTPUTS = ['City', 'Country', 'Region', 'lat', 'lon'] as const;

/**
 * `iplocation [prefix=<string>] [allfields=<bool>] <ip-field>`: adds City, Country, Region, lat,
 * lon for the address, from an IP range table the user imported as the lookup `iplocation.csv`
 * (no location database ships with the workbook). Addresses the table lacks get no fields.
 */
export const iplocationCommand: CommandDef<IplocationArgs> = {
  name: 'iplocation',
  meta: {
    syntax:
      'iplocation [prefix=<string>] [allfields=<bool>] [lang=<string>] <ip-address-fieldname>',
    description: 'Adds the country (and region, city, coordinates where known) of an IP address.',
    example: '... | iplocation dest_ip | stats count by Country',
    differences: `Reads a lookup table named ${IPLOCATION_TABLE} that you import: columns start_ip, end_ip (or network as CIDR) and country, optionally region, city, lat, lon; a headerless start,end,country file (DB-IP's "IP to Country Lite", CC BY 4.0) works too. Country is as the table writes it (often an ISO code). allfields adds nothing more; lang is ignored.`,
  },
  parse(r) {
    const names = ['prefix', 'allfields', 'lang'];
    const opts = r.readOptions(names);
    const field = r.readWord('an IP address field');
    for (const [k, v] of r.readOptions(names)) opts.set(k, v);
    const all = opts.get('allfields');
    return {
      field,
      prefix: opts.get('prefix')?.text ?? '',
      allfields: all ? parseBool(all) : false,
    };
  },
  async run(input, args, ctx) {
    const t = await ctx.lookups?.table(IPLOCATION_TABLE);
    if (!t) {
      throw new SplError(
        `iplocation needs an IP location table, and none is loaded. Import a CSV named ${IPLOCATION_TABLE} in Data → Lookup tables, with columns start_ip, end_ip, country (for example DB-IP's free "IP to Country Lite" CSV, CC BY 4.0)`,
        args.field.start,
        { end: args.field.end },
      );
    }
    const table = tableOf(t, args);
    const names = OUTPUTS.map((o) => args.prefix + o);
    const fields = [...input.fields];
    for (const n of names) if (!fields.includes(n)) fields.push(n);
    const rows = input.rows.map((src) => {
      const ip = toText(firstValue(src[args.field.text] as Value | undefined))?.trim();
      const hit = ip ? table.find(ip) : null;
      if (!hit) return src;
      const row: Row = Object.assign(Object.create(null), src);
      OUTPUTS.forEach((o, i) => {
        const v = hit[o];
        if (v !== undefined && v !== '') row[names[i]] = v;
      });
      return row;
    });
    return { fields, rows };
  },
};

function tableOf(t: ResultSet, args: IplocationArgs): IpTable {
  try {
    return buildIpTable(t);
  } catch (err) {
    if (err instanceof Error && err.name === 'IpTableError') {
      throw new SplError(`iplocation: ${IPLOCATION_TABLE} ${err.message}`, args.field.start, {
        end: args.field.end,
      });
    }
    throw err;
  }
}
