/**
 * Builds the workshop sample in memory: the story and the background, in Splunk's export order
 * (newest first), as CSV text; and the asset lookup. Pure and seeded: the same text every run,
 * which the equality test relies on.
 */
import { assetsCsv } from './assets';
import { backgroundEvents } from './noise';
import { Rng } from './rng';
import { scenarioEvents } from './scenario';
import { toCsv } from './csv';
import { numberInTimeOrder } from './sequences';

export const SEED = 20_170_823;

export interface BuiltSample {
  csv: string;
  assets: string;
  events: number;
  sourcetypes: Map<string, number>;
  hosts: Map<string, number>;
}

export function buildSample(seed = SEED): BuiltSample {
  const rng = new Rng(seed);
  const events = [
    ...scenarioEvents(rng.fork('scenario')),
    ...backgroundEvents(rng.fork('background')),
  ];
  // Stable sort: events of the same millisecond keep the order they were made in.
  events.sort((a, b) => a.time - b.time);
  numberInTimeOrder(events);
  const sourcetypes = new Map<string, number>();
  const hosts = new Map<string, number>();
  for (const e of events) {
    sourcetypes.set(e.sourcetype, (sourcetypes.get(e.sourcetype) ?? 0) + 1);
    hosts.set(e.host, (hosts.get(e.host) ?? 0) + 1);
  }
  return {
    csv: toCsv(events.reverse()),
    assets: assetsCsv(),
    events: events.length,
    sourcetypes,
    hosts,
  };
}
