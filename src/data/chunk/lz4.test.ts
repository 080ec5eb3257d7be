import { describe, expect, it } from 'vitest';
import { lz4Compress, lz4Decompress } from './lz4';
import { realisticEvents, seededRandom } from '../../test/support/realistic-events';

const text = (s: string) => new TextEncoder().encode(s);

function roundTrip(input: Uint8Array): Uint8Array {
  const packed = lz4Compress(input);
  const out = lz4Decompress(packed, input.length);
  // Buffer.equals: a deep toEqual over megabytes takes seconds.
  expect(Buffer.from(out).equals(Buffer.from(input))).toBe(true);
  return packed;
}

describe('LZ4 block codec', () => {
  it('round-trips empty, tiny and incompressible input', () => {
    roundTrip(new Uint8Array(0));
    roundTrip(text('a'));
    roundTrip(text('abcdefghijkl'));
    roundTrip(text('abcdefghijklm'));
    const rnd = seededRandom(7);
    const noise = Uint8Array.from({ length: 100_000 }, () => Math.floor(rnd() * 256));
    expect(roundTrip(noise).length).toBeLessThanOrEqual(noise.length + noise.length / 255 + 16);
  });

  it('round-trips overlapping matches and long literal and match lengths', () => {
    roundTrip(text('a'.repeat(10_000)));
    roundTrip(text('ab'.repeat(5000) + 'xyz'));
    const rnd = seededRandom(8);
    const literals = Array.from({ length: 700 }, () =>
      String.fromCharCode(33 + Math.floor(rnd() * 90)),
    ).join('');
    const packed = roundTrip(text(literals + literals + literals.slice(0, 300) + 'tail!'));
    expect(packed.length).toBeLessThan(900);
  });

  it('shrinks a chunk of log lines several times', () => {
    const raw = text(
      realisticEvents(4096)
        .map((e) => e.raw)
        .join(''),
    );
    expect(roundTrip(raw).length).toBeLessThan(raw.length / 3);
  });

  it('decodes a block written by hand from the format description', () => {
    // "a", then a match of offset 1 and length 19 (token nibble 15 + extra 0), then the last
    // five bytes as literals.
    const block = Uint8Array.of(0x1f, 0x61, 0x01, 0x00, 0x00, 0x50, 0x62, 0x63, 0x64, 0x65, 0x66);
    expect(new TextDecoder().decode(lz4Decompress(block, 25))).toBe('a'.repeat(20) + 'bcdef');
  });

  it('rejects corrupt blocks instead of returning garbage', () => {
    const packed = lz4Compress(text('hello hello hello hello hello'));
    expect(() => lz4Decompress(packed, 28)).toThrow(/Corrupt/);
    expect(() => lz4Decompress(Uint8Array.of(0x10, 0x61, 0x09, 0x00), 10)).toThrow(/Corrupt/);
  });
});
