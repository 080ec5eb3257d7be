import { describe, expect, it } from 'vitest';
import { splitTerms } from './split-terms';

const terms = (text: string) => [...splitTerms(text)].sort();
const sorted = (xs: string[]) => [...xs].sort();

describe('splitTerms', () => {
  it('indexes whole major segments and their minor parts', () => {
    expect(terms('src=10.0.2.107 "dest":"160.153.91.7"')).toEqual(
      sorted([
        'src=10.0.2.107',
        'src',
        '10',
        '0',
        '2',
        '107',
        'dest',
        '160.153.91.7',
        '160',
        '153',
        '91',
        '7',
      ]),
    );
  });

  it('yields nothing for segments made only of breakers', () => {
    expect(splitTerms(':: -- "" __ .')).toEqual([]);
    expect(splitTerms('')).toEqual([]);
    expect(terms('"a":":"')).toEqual(['a']);
  });

  it('breaks query{}-style field names and JSON arrays on the major breakers', () => {
    expect(terms('query{}=X.COM')).toEqual(sorted(['query', '=x.com', 'x', 'com']));
    expect(terms('"query":["cdn.example.com"]')).toEqual(
      sorted(['query', 'cdn.example.com', 'cdn', 'example', 'com']),
    );
  });

  it('keeps a Windows path whole and by component', () => {
    expect(terms('C:\\Windows\\system32\\ftp.exe')).toEqual(
      sorted(['c:\\windows\\system32\\ftp.exe', 'c', 'windows', 'system32', 'ftp', 'exe']),
    );
  });

  it('segments XML', () => {
    expect(terms("<Data Name='Image'>C:\\x.exe</Data>")).toEqual(
      sorted(['data', 'name=', 'name', 'image', 'c:\\x.exe', 'c', 'x', 'exe', '/data']),
    );
  });

  it('lower-cases and finds non-ASCII text', () => {
    expect(terms('파일 보고서_2024.PDF 전송')).toEqual(
      sorted(['파일', '보고서_2024.pdf', '보고서', '2024', 'pdf', '전송']),
    );
    expect(terms('ÜBER-Straße İ')).toEqual(sorted(['über-straße', 'über', 'straße', 'i̇']));
  });

  it('returns each term once, whatever its case', () => {
    expect(splitTerms('ERROR Error error err-or')).toEqual(['error', 'err', 'or', 'err-or']);
  });

  it('treats every major breaker as a boundary and keeps other punctuation', () => {
    const majors = ' \t\n\r[]<>(){}|!;,\'"*&?+';
    expect(terms(`a${majors.split('').join('a')}a`)).toEqual(['a']);
    expect(terms('a~b^c`d')).toEqual(['a~b^c`d']);
    expect(terms('a/b:c=d@e.f-g$h#i%j\\k_l')).toEqual(
      sorted(['a/b:c=d@e.f-g$h#i%j\\k_l', ...'abcdefghijkl'.split('')]),
    );
  });
});
