import { SplError } from '../errors';
import type { LookupSource } from '../lookups';
import type { Word } from '../parse/arg-reader';
import type { ResultSet } from '../values';

/**
 * The table a search names: as written, else with `.csv` added or removed (Splunk takes either a
 * lookup definition's name or its file's). An unknown name is an error that lists the known ones.
 */
export async function findTable(lookups: LookupSource | undefined, name: Word): Promise<ResultSet> {
  const candidates = [name.text];
  if (/\.csv$/i.test(name.text)) candidates.push(name.text.slice(0, -4));
  else candidates.push(`${name.text}.csv`);
  for (const c of candidates) {
    const t = await lookups?.table(c);
    if (t) return t;
  }
  const known = lookups?.names ? [...(await lookups.names())].sort() : [];
  const list =
    known.length > 0 ? `Known tables: ${known.join(', ')}.` : 'No lookup tables are loaded.';
  throw new SplError(`The lookup table '${name.text}' does not exist. ${list}`, name.start, {
    end: name.end,
  });
}
