import { describe, expect, it } from 'vitest';
import { RawBuilder, rawAt } from './raw-store';

function store(texts: string[]) {
  const b = new RawBuilder();
  for (const t of texts) b.add(t);
  return b.build();
}

describe('raw store', () => {
  it('gives back every text exactly, also after a structured clone', () => {
    const texts = [
      '',
      'plain',
      '\uFEFFbom first',
      'ÜBER 파일 😀',
      'user=José file=나는.hwp 😀 end',
      'line\nbreak\r\n',
      'x'.repeat(70_000),
      '',
    ];
    const rec = store(['\uFEFF', ...texts]);
    const cloned = structuredClone(rec);
    ['\uFEFF', ...texts].forEach((t, i) => {
      expect(rawAt(rec, i)).toBe(t);
      expect(rawAt(cloned, i)).toBe(t);
    });
    expect(rec.encoding).toBe('utf8');
    expect(rec.lengths).toBeInstanceOf(Uint32Array);
  });

  it('keeps lone surrogates, which UTF-8 would replace', () => {
    // Texts before the first lone surrogate are rebuilt from their UTF-8, BOM and all.
    const texts = ['\uFEFFok', 'ÜBER 😀', 'bad \uD800 high', 'bad \uDC00 low', 'pair 😀'];
    const rec = store(texts);
    expect(rec.encoding).toBe('utf16');
    texts.forEach((t, i) => expect(rawAt(rec, i)).toBe(t));
  });

  it('compresses repetitive log text and uses 16-bit lengths for short texts', () => {
    const texts = Array.from(
      { length: 1000 },
      (_, i) => `{"src_ip":"10.0.2.${i % 250}","dest_port":21,"method":"RETR"}`,
    );
    const rec = store(texts);
    expect(rec.lengths).toBeInstanceOf(Uint16Array);
    expect(rec.packed.length).toBeLessThan(rec.bytes / 4);
    expect(rawAt(rec, 999)).toBe(texts[999]);
  });

  it('starts over after build and rejects events it does not hold', () => {
    const b = new RawBuilder();
    b.add('first');
    b.build();
    b.add('second');
    const rec = b.build();
    expect(rec.count).toBe(1);
    expect(rawAt(rec, 0)).toBe('second');
    expect(() => rawAt(rec, 1)).toThrow(RangeError);
    expect(() => rawAt(store([]), 0)).toThrow(RangeError);
  });
});
