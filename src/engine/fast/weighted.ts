import { Aggregator } from '../stats/aggregation';
import type { Row } from '../values';

/**
 * An Aggregator that feeds each row as many times as the events it stands for. Only used with
 * bare `count`s, for which a row's content does not matter, so the result is the per-event one.
 */
export function weightedAggregator(agg: Aggregator, weights: Map<Row, number>): Aggregator {
  const weighted = Object.create(agg) as Aggregator;
  weighted.add = (states, row) => {
    const n = weights.get(row) ?? 1;
    for (let k = 0; k < n; k++) agg.add(states, row);
  };
  return weighted;
}
