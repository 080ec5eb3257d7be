/**
 * Values as the search language sees them. Event fields arrive as strings (or lists of strings);
 * eval produces numbers and strings. Splunk has no stored booleans: a comparison yields one only
 * inside an expression (where, if, case), and storing it in a field is an error.
 */
export type Scalar = string | number;

/** One field's value: a scalar, a multivalue list (two or more scalars), or null (no value). */
export type Value = Scalar | Scalar[] | null;

/** What an eval expression may yield while it is being evaluated. */
export type EvalValue = Value | boolean;

/**
 * One result row. Absent fields are missing keys (never stored as null). Rows are plain objects
 * created with Object.create(null), so field names such as `__proto__` are safe.
 */
export type Row = Record<string, Value>;

/** Rows with the order in which their fields are shown, as Splunk would list them. */
export interface ResultSet {
  fields: string[];
  rows: Row[];
  /**
   * Display formats by field name, set by `fieldformat`. They change only how a cell is shown:
   * commands see the underlying values. Renderers show cells through `formatCell` (format.ts).
   */
  formats?: Record<string, FieldFormat>;
}

/**
 * A `fieldformat` expression, evaluated on the final row when the cell is shown (plain data, so
 * it crosses the worker boundary). `tz` and `now` are the search's, so it renders as Splunk would.
 */
export interface FieldFormat {
  /** The eval expression as written. */
  expression: string;
  tz: string;
  now: number;
}
