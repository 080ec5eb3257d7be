import { describe, expect, it } from 'vitest';
import { parseMvColumn, splitMultivalue } from './csv-multivalue';

describe('splitMultivalue', () => {
  it.each([
    ['a\nb', ['a', 'b']],
    ['a\r\nb\r\n', ['a', 'b']],
    ['a\n\nb', ['a', 'b']],
    ['only\n', 'only'],
    ['\n\r\n', undefined],
  ])('%j → %j', (cell, expected) => {
    expect(splitMultivalue(cell)).toEqual(expected);
  });
});

describe('parseMvColumn', () => {
  it.each([
    ['$a$;$b$', ['a', 'b']],
    ['$WRK-BTUN$$$;$billy.tun$', ['WRK-BTUN$', 'billy.tun']],
    ['$$$$$$', '$$'],
    ['$$$$$', null],
    ['$$;$', null],
    ['$a;b$', 'a;b'],
    ['$$', null],
    ['$a$;$$;$c$', ['a', 'c']],
    ['$only$', 'only'],
    ['a;b', null],
    ['$a$;', null],
    ['$a$b', null],
    ['$open', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(parseMvColumn(text)).toEqual(expected);
  });
});
