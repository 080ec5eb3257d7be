import { describe, expect, it } from 'vitest';
import { highlightQuery } from './highlight';

function kinds(q: string) {
  return highlightQuery(q)
    .filter((s) => s.kind !== 'text')
    .map((s) => `${s.kind}:${s.text}`);
}

describe('highlightQuery', () => {
  it('keeps every character, in order', () => {
    const q =
      'sourcetype="stream:ftp" NOT src=10.0.0.1 | stats count(x) AS n by src\n| where n > 5';
    expect(
      highlightQuery(q)
        .map((s) => s.text)
        .join(''),
    ).toBe(q);
  });
  it('names commands, pipes, keywords, fields, strings and functions', () => {
    expect(kinds('sourcetype="stream:ftp" NOT src=1 | stats count(x) by src')).toEqual([
      'field:sourcetype',
      'string:"stream:ftp"',
      'keyword:NOT',
      'field:src',
      'number:1',
      'pipe:|',
      'command:stats',
      'function:count',
      'keyword:by',
    ]);
  });
  it('tolerates an unterminated string and treats markup as text', () => {
    const q = 'x="<b>unterminated';
    expect(highlightQuery(q)).toEqual([
      { kind: 'field', text: 'x' },
      { kind: 'text', text: '=' },
      { kind: 'string', text: '"<b>unterminated' },
    ]);
  });
});
