/**
 * Builds the workshop sample in memory: the story and the background, in Splunk's export order
 * (newest first), as CSV text; and the asset lookup. Pure and seeded: the same text every run,
 * which the equality test relies on.
 */
import { assetsCsv } from './assets';
import type { SampleEvent } from './event';
import { RECORD_ID } from './formats/windows-common';
import { backgroundEvents } from './noise';
import { Rng } from './rng';
import { scenarioEvents } from './scenario';
import { toCsv } from './csv';

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
  numberRecords(events);
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

/** Windows record numbers count up per host and log, in time order; `events` is sorted. */
function numberRecords(events: SampleEvent[]): void {
  const next = new Map<string, number>();
  for (const e of events) {
    if (!e.raw.includes(RECORD_ID)) continue;
    const key = `${e.host}|${e.source}`;
    let n = next.get(key);
    if (n === undefined) {
      // Each log of each machine began long before August.
      let h = 0;
      for (const c of key) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
      n = 40_000 + (h % 400_000);
    }
    next.set(key, n + 1);
    const id = String(n);
    e.raw = e.raw.replace(RECORD_ID, id);
    if (e.fields.RecordNumber === RECORD_ID) e.fields.RecordNumber = id;
  }
}
