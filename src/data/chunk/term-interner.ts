import { ASCII_CLASS, MAJOR, MINOR } from '../../engine';
import type { TermIndexRecord } from './records';

/**
 * Splits events' text into Splunk's terms (major segments and their minor parts, case-folded) and
 * gives each distinct term an id. Must yield exactly the terms of splitTerms.
 */
export interface TermInterner {
  /** Interns the terms of the UTF-8 text bytes[start, end) as the next event's. */
  add(bytes: Uint8Array, start: number, end: number): void;
  /** The index of the terms interned so far: sorted by their bytes, each with its events. */
  encode(): TermIndexRecord;
  /** Forgets every term and event, keeping grown buffers. */
  reset(): void;
}

/**
 * Per byte: its ASCII-folded value in the low 8 bits (what the hash and the pool hold) and its class
 * above them: below 256 term text, 256.. minor breaker, 512.. major breaker. One lookup gives both.
 * UTF-8 bytes of non-ASCII characters are term text; such segments are folded by the slow path.
 */
export const KIND = new Uint16Array(256);
for (let b = 0; b < 256; b++) {
  const cls = b < 128 ? ASCII_CLASS[b] : 0;
  const lower = b >= 65 && b <= 90 ? b + 32 : b;
  KIND[b] = lower | (cls === MAJOR ? 512 : cls === MINOR ? 256 : 0);
}
