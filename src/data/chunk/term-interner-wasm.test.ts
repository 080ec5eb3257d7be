import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileWasm, moduleText, WASM_MODULES } from '../../../scripts/build-wasm.mjs';
import { realisticEvents } from '../../test/support/realistic-events';
import type { TermIndexRecord } from './records';
import { TermIndexBuilder } from './term-index-builder';
import { JsTermInterner } from './term-interner-js';
import { wasmTermInterner } from './term-interner-wasm';

const utf8 = new TextEncoder();

/** The index of each chunk of `raws`, one builder for all, as the import reuses one. */
function indexes(builder: TermIndexBuilder, chunks: string[][]): TermIndexRecord[] {
  return chunks.map((raws) => {
    for (const raw of raws) {
      // Text at an offset in a larger buffer, as the raw store hands it over.
      const bytes = utf8.encode(`<<${raw}>>`);
      builder.add(bytes, 2, bytes.length - 2);
    }
    return builder.build();
  });
}

function bothWays(chunks: string[][]): [TermIndexRecord[], TermIndexRecord[]] {
  const wasm = wasmTermInterner();
  expect(wasm).not.toBeNull();
  return [
    indexes(new TermIndexBuilder(wasm!), chunks),
    indexes(new TermIndexBuilder(new JsTermInterner()), chunks),
  ];
}

const times = (n: number, f: (k: number) => string) => Array.from({ length: n }, (_, k) => f(k));

describe('WebAssembly term interner', () => {
  it('is the module its AssemblyScript source compiles to', async () => {
    for (const m of WASM_MODULES) {
      const text = await moduleText(m, await compileWasm(m.source));
      expect(readFileSync(m.module, 'utf8'), `${m.module}: npm run build:wasm`).toBe(text);
    }
  }, 60_000);

  it('indexes realistic chunks byte for byte as the JS interner does', () => {
    const events = realisticEvents(6000, 7).map((e) => e.raw);
    const [wasm, js] = bothWays([events.slice(0, 4000), events.slice(4000)]);
    expect(wasm[0].terms).toBeGreaterThan(1000);
    expect(wasm).toEqual(js);
  });

  it('folds non-ASCII segments and parts with full Unicode rules, as the JS interner does', () => {
    const odd = [
      'ÜBER-Straße.ÄRGER_x İstanbul ΟΔΟΣ.ΟΔΟΣ Σ σ ς',
      '\uFEFFbom \uFEFF.lead x.\uFEFF ab\u0000 ab\u0000c \u0000',
      'C:\\Users\\Admin\\파일.TXT 🙂.X-🙂 ...-_ =@ a..b --x-- ẞ.ß',
      'MiXeD.CaSe_ASCII-Only and.ÉTÉ.été.Été',
    ];
    // More than the module's first 64 pending segments in one event.
    odd.push(times(300, (k) => `é${k}.x${k % 3}`).join(' '));
    const [wasm, js] = bothWays([odd, odd.slice().reverse()]);
    expect(wasm).toEqual(js);
  });

  it('indexes random bytes as the JS interner does, invalid UTF-8 included', () => {
    let seed = 5;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    // Breakers of both kinds, letters of both cases, NUL, and bytes of (broken) UTF-8 sequences.
    const alphabet = [...' .-_=/:"[]\tAaZz09\u0000'].map((c) => c.charCodeAt(0));
    alphabet.push(0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0x80);
    const bytes = (n: number) =>
      Uint8Array.from({ length: n }, () => alphabet[rand(alphabet.length)]);
    const events = Array.from({ length: 3000 }, () => bytes(rand(120)));
    const index = (builder: TermIndexBuilder) =>
      [events.slice(0, 2000), events.slice(2000)].map((chunk) => {
        for (const e of chunk) builder.add(e, 0, e.length);
        return builder.build();
      });
    const wasm = index(new TermIndexBuilder(wasmTermInterner()!));
    expect(wasm[0].terms).toBeGreaterThan(1000);
    expect(wasm).toEqual(index(new TermIndexBuilder(new JsTermInterner())));
  });

  it('sorts terms that share long prefixes, NULs and lengths as the JS sort does', () => {
    // Runs of one 4-byte digit both short (insertion) and long (radix), ending at every offset.
    const terms = times(4000, (k) => {
      const stem = ['a', 'ab', 'abc', 'abcd', 'abcde', 'abcdefgh'][k % 6];
      return `${stem}${'\u0000'.repeat(k % 3)}${'z'.repeat(k % 11)}${k % 5 ? k % 97 : ''}`;
    });
    // Over SMALL_RUN terms that all end within one digit and tie on its zero padding.
    const padded = times(40, (k) => String.fromCharCode(97 + (k >> 2)) + '\u0000'.repeat(k & 3));
    const [wasm, js] = bothWays([
      terms.slice(0, 2000),
      terms.slice(2000).reverse(),
      ['ab', 'ab\u0000', 'a'],
      padded.reverse(),
    ]);
    expect(wasm[0].terms).toBeGreaterThan(500);
    expect(wasm).toEqual(js);
  });

  it('grows every table past its first size and starts the next chunk clean', () => {
    const chunks = [
      // Over 1,024 and 2,048 terms, 16,384 parts, 65,536 occurrences, 4,096 events, 64 KB of pool.
      times(
        5000,
        (k) => `k${k}.v${k * 7}-p${k % 13} host${k % 50}.example.com:${k} ${'Z'.repeat(k % 30)}`,
      ),
      // One event larger than the module's 64 KB input buffer.
      [times(20_000, (k) => `w${k % 4000}`).join(' ') + ' ' + 'y'.repeat(70_000)],
      [],
      ['short chunk', 'k1.v7-p1'],
    ];
    const [wasm, js] = bothWays(chunks);
    expect(wasm).toEqual(js);
    expect(wasm[2].terms).toBe(0);
    expect(wasm[3].terms).toBe(js[3].terms);
  });
});

describe('term index without WebAssembly', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('falls back to the JS interner with the same index', async () => {
    const raws = realisticEvents(500, 3).map((e) => e.raw);
    const [expected] = indexes(new TermIndexBuilder(), [raws]);
    vi.resetModules();
    vi.stubGlobal('WebAssembly', undefined);
    const fresh = await import('./term-interner-wasm');
    expect(fresh.wasmTermInterner()).toBeNull();
    const { TermIndexBuilder: Builder } = await import('./term-index-builder');
    expect(indexes(new Builder(), [raws])).toEqual([expected]);
  });
});
