import { describe, expect, it } from 'vitest';
import { realisticEvents } from '../../test/support/realistic-events';
import { SplitEventTexts, type EventTexts } from './event-texts';
import { WasmEventTexts } from './raw-store-wasm';
import { rawAt } from './raw-store';
import { wasmTermInterner } from './term-interner-wasm';

const utf8 = new TextEncoder();

/** A text as a CSV cell's inside: each `"` doubled when `quoted`. */
function cell(text: string, quoted: boolean): Uint8Array {
  return utf8.encode(`x,${quoted ? text.replaceAll('"', '""') : text},y`);
}

type Built = ReturnType<EventTexts['build']>;

/** The records as plain arrays of numbers: a failure then says where, without diffing megabytes. */
function flat({ raw, terms }: Built): Record<string, unknown> {
  const { lengths, packed, ...rawRest } = raw;
  const { lexicon, postings, blocks, ...termsRest } = terms;
  const digest = (a: ArrayLike<number>) => {
    let h = 0;
    for (let k = 0; k < a.length; k++) h = Math.imul(h ^ a[k], 16777619);
    return `${a.constructor.name}(${a.length}) ${h}`;
  };
  return {
    ...rawRest,
    lengths: digest(lengths),
    packed: digest(packed),
    ...termsRest,
    lexicon: digest(lexicon),
    postings: digest(postings),
    blocks: digest(blocks),
  };
}

/** Each chunk's records, texts added alternately as strings, as plain bytes and as quoted cells. */
function chunks(texts: EventTexts, batches: string[][]) {
  return batches.map((batch) => {
    batch.forEach((t, i) => {
      if (i % 3 === 0) texts.add(t);
      else {
        const quoted = i % 3 === 2;
        const bytes = cell(t, quoted);
        texts.addBytes(bytes, 2, bytes.length - 2, quoted);
      }
    });
    return texts.build();
  });
}

function same(a: Built[], b: Built[]): void {
  expect(a.map(flat)).toEqual(b.map(flat));
}

describe('raw texts in the term index module', () => {
  it('give the records of the JS raw store and interner, byte for byte', () => {
    const wasm = wasmTermInterner();
    expect(wasm).not.toBeNull();
    const events = realisticEvents(6000, 11).map((e) => e.raw);
    const odd = [
      '',
      '"',
      '""',
      'a"',
      '"a',
      'say ""hi"" "there"',
      '{"k":"v","n":1}',
      'ÜBER "파일" 😀 ""',
      '"'.repeat(37),
      'x'.repeat(3000) + '"' + 'y'.repeat(9),
    ];
    // A store past its first megabyte, and chunks after one another (buffers reused).
    const batches = [[...odd, ...events.slice(0, 5000)], events.slice(5000), odd];
    const got = chunks(new WasmEventTexts(wasm!), batches);
    same(got, chunks(new SplitEventTexts(), batches));
    const texts = batches[0];
    texts.forEach((t, i) => expect(rawAt(got[0].raw, i)).toBe(t));
    expect(got[0].raw.bytes).toBeGreaterThan(1 << 20);
  });

  it('keep texts with lone surrogates, as the JS raw store does', () => {
    // Strings go in at every third text: the first with a lone surrogate is the fourth.
    const batches = [['ok "a"', 'ÜBER', 'x ""', 'bad \uD800 "x"', 'pair 😀 ""', 'after']];
    const got = chunks(new WasmEventTexts(wasmTermInterner()!), batches);
    expect(got[0].raw.encoding).toBe('utf16');
    same(got, chunks(new SplitEventTexts(), batches));
    batches[0].forEach((t, i) => expect(rawAt(got[0].raw, i)).toBe(t));
  });
});
