import { describe, expect, it } from 'vitest';
import { MAX_RECORD_CHARS, type ReaderSink } from './sink';
import { LineReader } from './streaming-reader';

/** The lines a LineReader hands on, with their numbers, and the issues it reports. */
class Lines extends LineReader {
  readonly lines: [number, string][] = [];
  readonly issues: number[] = [];

  constructor() {
    const sink: ReaderSink = {
      record: () => undefined,
      issue: (line) => this.issues.push(line),
    };
    super(sink);
  }

  protected readLine(s: string, start: number, end: number, line: number): void {
    this.lines.push([line, s.slice(start, end)]);
  }
}

function read(pieces: string[]): Lines {
  const reader = new Lines();
  for (const p of pieces) reader.push(p);
  reader.end();
  return reader;
}

describe('LineReader', () => {
  const text = '\ufefffirst\r\nsecond\n\nlast';
  const want = [
    [1, 'first'],
    [2, 'second'],
    [3, ''],
    [4, 'last'],
  ];

  it('hands on each line, numbered, without its line end or the byte order mark', () => {
    expect(read([text]).lines).toEqual(want);
  });

  it('gives the same lines wherever the pieces are cut', () => {
    for (let cut = 1; cut < text.length; cut++) {
      expect(read([text.slice(0, cut), '', text.slice(cut)]).lines).toEqual(want);
    }
    expect(read([...text]).lines).toEqual(want);
  });

  it('stops at a line longer than any record, saying on which line it starts', () => {
    const reader = read(['a\nb\n', 'x'.repeat(MAX_RECORD_CHARS + 1), '\nafter\n']);
    expect(reader.lines).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(reader.issues).toEqual([3]);
  });
});
