import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInline } from '../../components/markdown/inline';
import { parseBlocks } from '../../components/markdown/parse';
import { markdownHtml } from '../../workbook/report/md/html';
import { FUZZ } from './settings';

const SYNTAX = [
  ...'*_`[]()!#>-+|\\<>&"\'\n\t 1.',
  '**',
  '__',
  '```',
  '\n\n',
  '- ',
  '1. ',
  '> ',
  '# ',
  '| a | b |\n|---|---|\n',
  '[x](http://a.b/c)',
  '![i](data:image/png;base64,AAAA)',
  '<script>',
  'javascript:alert(1)',
  'word',
];
const token = fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ maxLength: 3 }));
const markdown = fc.array(token, { maxLength: 120 }).map((parts) => parts.join(''));

/** Runs a parser: it must not throw, and must finish quickly even on long repetitive input. */
function quick<T>(run: () => T): T {
  const t0 = performance.now();
  const out = run();
  expect(performance.now() - t0).toBeLessThan(500);
  return out;
}

describe('the Markdown parsers on random text', () => {
  it('the app’s parser (notes, hunts) never throws', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        quick(() => parseBlocks(text));
        quick(() => parseInline(text));
      }),
      FUZZ,
    );
  });

  it('the report’s parser never throws and never lets a tag through', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const html = quick(() => markdownHtml(text));
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/href="\s*javascript:/i);
      }),
      FUZZ,
    );
  });

  it('both stay quick on long runs of one construct', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SYNTAX), fc.integer({ min: 1000, max: 5000 }), (t, n) => {
        const text = t.repeat(n);
        quick(() => parseBlocks(text));
        quick(() => markdownHtml(text));
      }),
      { ...FUZZ, numRuns: Math.min(FUZZ.numRuns, 40) },
    );
  });
});
