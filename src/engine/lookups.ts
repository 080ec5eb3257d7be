import type { ResultSet } from './values';

/**
 * Lookup tables by name (CSV files the user imported, or the workshop's), for `lookup` and
 * `inputlookup`. The store implements it; null for a table that does not exist.
 */
export interface LookupSource {
  table(name: string): ResultSet | null | Promise<ResultSet | null>;
  /** The tables' names, for the error naming the known ones when a table does not exist. */
  names?(): readonly string[] | Promise<readonly string[]>;
  /**
   * Stores a table under `name` (outputlookup), replacing one of that name; the next search
   * reads it. Absent where tables cannot be written.
   */
  save?(name: string, table: ResultSet): void | Promise<void>;
}
