import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEventTime } from './parse-time';
import { parseEventTimeBytes } from './parse-time-bytes';
import { NOT_TIMES, NOT_WORLD_TIMES, TIMES, WORLD_TIMES } from './parse-time-samples';

const encoder = new TextEncoder();

/** The byte parser's answer for `text` set in the middle of other bytes, as in a CSV block. */
function fromBytes(text: string): number {
  const inner = encoder.encode(text);
  const b = new Uint8Array(inner.length + 8).fill(55);
  b.set(inner, 4);
  return parseEventTimeBytes(b, 4, 4 + inner.length);
}

/** Agrees with parseEventTime: the same milliseconds, or NaN (ask the text) where that is null. */
function agrees(text: string): void {
  const ms = fromBytes(text);
  const want = parseEventTime(text);
  if (ms === ms) expect(ms, text).toBe(want);
  else if (want !== null) expect(UNDECIDED_SHAPES.test(text), text).toBe(true);
}

// Valid times the byte parser leaves to the text: spaces around, zone names, one-digit offsets.
const UNDECIDED_SHAPES = /^\s|\s$|\d\s+[A-Za-z+-]|[A-Za-z]{2}|[+-]\d(?!\d)/;

const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));

describe('parseEventTimeBytes', () => {
  it('reads the samples as parseEventTime does, leaving only zone names and spaces to it', () => {
    for (const [text] of [...TIMES, ...WORLD_TIMES]) agrees(text);
    for (const text of [...NOT_TIMES, ...NOT_WORLD_TIMES]) expect(fromBytes(text), text).toBeNaN();
  });

  it('reads the bench and BOTS forms without the text', () => {
    expect(fromBytes('2017-08-31T23:59:48.000-07:00')).toBe(Date.UTC(2017, 8, 1, 6, 59, 48));
    expect(fromBytes('1503545774.415')).toBe(1503545774415);
    expect(fromBytes('2017-08-24 03:55:14')).toBe(Date.UTC(2017, 7, 24, 3, 55, 14));
  });

  it('agrees with parseEventTime on random dates, times, fractions and offsets', () => {
    const part = fc.oneof(digits(1), digits(2), fc.constantFrom('-', '/', ':', 'T', ' ', '.'));
    const shaped = fc
      .tuple(
        digits(4),
        fc.constantFrom('-', '/', '.'),
        digits(2),
        fc.constantFrom('-', '/'),
        digits(2),
        fc.constantFrom('T', 't', ' ', 'X'),
        digits(2),
        fc.constantFrom(':', ''),
        digits(2),
        fc.constantFrom('', ':00', ':59', ':60', ':61', ':5'),
        fc.constantFrom('', '.', ',1', '.12', '.123', '.123456', '.x'),
        fc.constantFrom(
          '',
          'Z',
          'z',
          '+09:00',
          '-0700',
          '+07',
          '+9',
          '-24:00',
          '+07:0',
          ' Z',
          'Zx',
        ),
      )
      .map((p) => p.join(''));
    const epoch = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        fc.integer({ min: 0, max: 21 }).chain((n) => digits(n)),
        fc.constantFrom('', '.', '.4', '.41', '.4159', 'x', ' '),
      )
      .map((p) => p.join(''));
    const noise = fc.array(part, { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(shaped, epoch, noise, fc.string()), agrees), {
      numRuns: 20_000,
    });
  });

  it('agrees with parseEventTime on ISO texts of random instants', () => {
    const instant = fc.integer({ min: -62_000_000_000_000, max: 250_000_000_000_000 });
    fc.assert(
      fc.property(instant, (ms) => {
        const iso = new Date(ms).toISOString();
        agrees(iso);
        agrees(iso.replace('Z', '+05:30'));
        agrees(String(ms / 1000));
        agrees(String(ms));
      }),
    );
  });
});
