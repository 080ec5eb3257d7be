/**
 * Numbers that count up in time order: Windows record numbers (per machine and log), and the
 * firewall's log sequence and session ids. Events are made story by story, not in time order, so
 * their formats write a placeholder and the numbers are filled in once all events are sorted.
 */
import type { SampleEvent } from './event';

export const RECORD_ID = '\u0000record\u0000';
export const PAN_SEQUENCE = '\u0000panseq\u0000';
export const PAN_SESSION = '\u0000pansession\u0000';

function start(key: string, from: number, spread: number): number {
  let h = 0;
  for (const c of key) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
  return from + (h % spread);
}

/** Fills the placeholders of `events`, which must be sorted by time. */
export function numberInTimeOrder(events: SampleEvent[]): void {
  const records = new Map<string, number>();
  let sequence = start('gw-01', 3_000_000, 1_000_000);
  let session = start('session', 20_000, 10_000);
  for (const e of events) {
    if (e.raw.includes(RECORD_ID)) {
      const key = `${e.host}|${e.source}`;
      // Each log of each machine began long before August.
      const n = records.get(key) ?? start(key, 40_000, 400_000);
      records.set(key, n + 1);
      e.raw = e.raw.replace(RECORD_ID, String(n));
      if (e.fields.RecordNumber === RECORD_ID) e.fields.RecordNumber = String(n);
    }
    if (e.raw.includes(PAN_SEQUENCE)) {
      // Other log types (system, config) take numbers in between.
      sequence += 1 + (sequence % 3);
      session += 1 + (session % 5);
      e.raw = e.raw.replace(PAN_SEQUENCE, String(sequence)).replace(PAN_SESSION, String(session));
    }
  }
}
