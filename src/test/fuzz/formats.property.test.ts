import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, type FormatId } from '../../data/formats/detect';
import { readAll } from '../../data/formats/read-all';
import { FUZZ, SIGNIFICANT } from './settings';

const FIXTURES = new URL('../fixtures/formats/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const SAMPLES: [FormatId, string][] = [
  ['splunk-csv', read('botsv2-sample.csv').slice(0, 6000)],
  ['splunk-json-rows', read('botsv2-sample.json').slice(0, 6000)],
  ['json-lines', read('events.jsonl')],
  ['json-array', read('events-array.json').slice(0, 6000)],
  ['json-results', read('results.json').slice(0, 6000)],
];
const FORMATS: FormatId[] = SAMPLES.map(([f]) => f);

const token = fc.oneof(fc.constantFrom(...SIGNIFICANT), fc.string({ maxLength: 3 }));

/** A sample file with some characters inserted, removed or replaced. */
const mutated = fc
  .tuple(
    fc.nat({ max: SAMPLES.length - 1 }),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), token), { minLength: 1, maxLength: 8 }),
  )
  .map(([k, edits]) => {
    let text = SAMPLES[k][1];
    for (const [at, cut, insert] of edits) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + insert + text.slice(i + cut);
    }
    return text;
  });
const random = fc.array(token, { maxLength: 200 }).map((parts) => parts.join(''));
const file = fc.oneof(mutated, random);
const lineCount = (text: string) => text.split('\n').length;

describe('format detection and the readers on random and damaged files', () => {
  it('detection never throws, and names a known format or none', () => {
    fc.assert(
      fc.property(file, (text) => {
        const format = detectFormat(text, 'f.csv');
        expect(format === null || FORMATS.includes(format)).toBe(true);
      }),
      FUZZ,
    );
  });

  it('readers never throw, report every problem on a line of the file, whatever the pieces', () => {
    fc.assert(
      fc.property(
        file,
        fc.constantFrom(...FORMATS),
        fc.integer({ min: 1, max: 97 }),
        (text, format, piece) => {
          const whole = readAll(format, text);
          const lines = lineCount(text);
          for (const issue of whole.issues) {
            expect(issue.line).toBeGreaterThanOrEqual(1);
            expect(issue.line).toBeLessThanOrEqual(lines);
            expect(issue.message.length).toBeGreaterThan(0);
          }
          for (const record of whole.records) {
            expect(record.line).toBeGreaterThanOrEqual(1);
            expect(record.line).toBeLessThanOrEqual(lines);
          }
          // Text arrives in pieces cut anywhere; what the reader makes of it must not depend on them.
          expect(readAll(format, text, piece)).toEqual(whole);
        },
      ),
      FUZZ,
    );
  });

  it('JSON lines: every line that is not blank is an event or a reported problem', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const { records, issues } = readAll('json-lines', text);
        const lines = text.split('\n').map((l) => l.trim());
        const expected = lines.filter((l, i) => l !== '' && !(i === 0 && l === '\ufeff')).length;
        const seen = new Set([...records.map((r) => r.line), ...issues.map((i) => i.line)]);
        expect(seen.size).toBe(expected);
      }),
      FUZZ,
    );
  });
});
