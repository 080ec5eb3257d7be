import type { Row } from '../values';

/**
 * The matching events of a base search folded into one row per distinct (bucket, value): the
 * row holds what the later command reads (`field`, and `_time` when bucketed) and `weights` says
 * how many events it stands for. Row objects are shared, so a million events cost a few hundred.
 */
export interface CountedRows {
  rows: Row[];
  weights: Map<Row, number>;
  /** Bucket start (epoch ms) of each row, when bucketed. */
  bucketOf: Map<Row, number>;
  /** Epoch ms of the first and last matching event; NaN when none matched. */
  minTime: number;
  maxTime: number;
}

export interface CountPlan {
  /** The field whose values are kept; null to keep none. */
  field: string | null;
  /** Bucket start (epoch ms) of a time, and the `_time` the row gets for it; null for no time. */
  bucket: ((ms: number) => number) | null;
  /** Extra bounds events must also be within (the command's own range), epoch ms. */
  earliest?: number;
  latest?: number;
}

/** What a fold calls to count `n` more events for one (bucket, value key). */
export type AddCount = (
  bucketMs: number,
  key: string,
  value: Row[string] | undefined,
  n: number,
) => void;
