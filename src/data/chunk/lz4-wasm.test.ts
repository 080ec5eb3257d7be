import { afterEach, describe, expect, it, vi } from 'vitest';
import { lz4CompressJs, lz4Decompress } from './lz4';
import { wasmCompressor } from './lz4-wasm';
import { realisticEvents, seededRandom } from '../../test/support/realistic-events';

const text = (s: string) => new TextEncoder().encode(s);

/** Inputs of every shape the compressor branches on, larger ones after smaller ones. */
function inputs(): Uint8Array[] {
  const rnd = seededRandom(11);
  const noise = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256));
  const words = Array.from({ length: 3000 }, () => `w${Math.floor(rnd() * 400)}`).join(' ');
  const far = noise(70_000);
  return [
    new Uint8Array(0),
    text('a'),
    text('abcdefghijkl'),
    text('abcdefghijklm'),
    text('a'.repeat(10_000)),
    text('ab'.repeat(5000) + 'xyz'),
    // Matches of every length around the 4- and 8-byte steps, then long ones.
    text(Array.from({ length: 40 }, (_, k) => `<${'x'.repeat(k)}|${k}>`).join('')),
    text(words),
    noise(1000),
    // A repeat 70 KB back: beyond the 64 KB window.
    Uint8Array.from([...far, ...far.subarray(0, 5000)]),
    text(
      realisticEvents(3000)
        .map((e) => e.raw)
        .join(''),
    ),
    text('tail'),
  ];
}

describe('WebAssembly LZ4 compressor', () => {
  it('writes byte for byte the blocks of the JS compressor, which decode back', () => {
    const wasm = wasmCompressor();
    expect(wasm).not.toBeNull();
    for (const input of inputs()) {
      const packed = wasm!.compress(input);
      expect(Buffer.from(packed).equals(Buffer.from(lz4CompressJs(input)))).toBe(true);
      expect(Buffer.from(lz4Decompress(packed, input.length)).equals(Buffer.from(input))).toBe(
        true,
      );
    }
  });

  describe('without WebAssembly', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.resetModules();
    });

    it('compresses in JS', async () => {
      vi.resetModules();
      vi.stubGlobal('WebAssembly', undefined);
      const fresh = await import('./lz4-wasm');
      expect(fresh.wasmCompressor()).toBeNull();
      const { lz4Compress } = await import('./lz4');
      const input = text('hello hello hello hello hello, said the log line');
      expect(Array.from(lz4Compress(input))).toEqual(Array.from(lz4CompressJs(input)));
    });
  });
});
