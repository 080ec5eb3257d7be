import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalNumber, canonicalNumberBytes } from './canonical-number';

describe('canonicalNumber', () => {
  it('accepts strings that String(Number(s)) reproduces', () => {
    for (const s of [
      '0',
      '7',
      '-5',
      '21',
      '65535',
      '2147483647',
      '-2147483648',
      '2147483648',
      '123456789012',
      '3.14',
      '-0.5',
      '1e+21',
      '1.5e-7',
      '900719925474099',
    ]) {
      expect(canonicalNumber(s), s).toBe(Number(s));
    }
  });

  it('rejects strings a number would not give back', () => {
    for (const s of [
      '',
      '-',
      '007',
      '00',
      '-0',
      '1e3',
      '1.50',
      '1.0',
      '+1',
      ' 1',
      '1 ',
      '0x10',
      'NaN',
      'Infinity',
      '-Infinity',
      '1_000',
      '.5',
      '5.',
      '9007199254740993',
      '1e400',
      'abc',
    ]) {
      expect(canonicalNumber(s), s).toBeUndefined();
    }
  });

  it('agrees with String(Number(s)) on integers of every length, as text and as bytes', () => {
    const bytes = new TextEncoder();
    const digits = '98765432109876543210';
    for (let n = 1; n <= 18; n++) {
      for (const body of [
        digits.slice(0, n),
        '1' + '0'.repeat(n - 1),
        '0' + digits.slice(1, n),
        String(Number.MAX_SAFE_INTEGER + 1).slice(0, n),
        String(Number.MAX_SAFE_INTEGER).slice(0, n),
        '9007199254740993'.slice(0, n),
      ]) {
        for (const s of [body, '-' + body]) {
          const v = Number(s);
          const want = Number.isFinite(v) && String(v) === s ? v : undefined;
          expect(canonicalNumber(s), s).toBe(want);
          const b = bytes.encode(`x${s}y`);
          expect(canonicalNumberBytes(b, 1, b.length - 1), s).toBe(want);
        }
      }
    }
  });

  it('reads bytes as canonicalNumber reads their text: decimals, exponents, addresses, words', () => {
    const bytes = new TextEncoder();
    const samples = [
      '0.5',
      '1.50',
      '-0.25',
      '1e21',
      '1e+21',
      '1.5e-7',
      '1e3',
      '10.0.2.102',
      '2017/08/31',
      '12:30',
      '5x',
      '3 ',
      '0x1F',
      'Infinity',
      '-',
      '.5',
      '5.',
      '1e',
      '٣',
      '1٣',
      '0.1',
      '123456789012345678',
      '-9007199254740993',
      '4.35',
      '100%',
      '7,5',
    ];
    const gen = fc.stringMatching(/^-?[0-9]{0,20}([.e][-+]?[0-9]{0,4})?[ x.:]?$/);
    for (const s of [...samples, ...fc.sample(gen, 2000)]) {
      const b = bytes.encode(`x${s}y`);
      expect(canonicalNumberBytes(b, 1, b.length - 1), s).toBe(canonicalNumber(s));
    }
  });
});
