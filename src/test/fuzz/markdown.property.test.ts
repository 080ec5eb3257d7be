import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { renderMarkdown } from '../../components/markdown/render';
import { markdownHtml } from '../../workbook/report/md/html';
import { safeMarkdown } from '../../workbook/report/md/markdown';
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

/** CPU time of this process: other work on a busy machine stretches wall time, not this. */
function cpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs a renderer: it must not throw, and must finish quickly even on long repetitive input. */
function quick<T>(run: () => T): T {
  const t0 = cpu();
  const out = run();
  expect(cpu() - t0).toBeLessThan(500);
  return out;
}

const app = (text: string) => renderToStaticMarkup(renderMarkdown(text));

describe('the Markdown renderers on random text', () => {
  it('the app’s (notes, hunts) never throws and links only where allowed', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const html = quick(() => app(text));
        expect(html).not.toMatch(/<script/i);
        for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
          expect(href).toMatch(/^(https?:\/\/|mailto:|#\/)/i);
        }
      }),
      FUZZ,
    );
  });

  it('the report’s never throws and never lets a tag or a link through', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const html = quick(() => markdownHtml(text));
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/href=/i);
        const md = quick(() => safeMarkdown(text));
        expect(markdownHtml(md)).not.toMatch(/<script/i);
      }),
      FUZZ,
    );
  });

  it('all stay quick on long runs of one construct', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SYNTAX), fc.integer({ min: 1000, max: 5000 }), (t, n) => {
        const text = t.repeat(n);
        quick(() => app(text));
        quick(() => markdownHtml(text));
        quick(() => safeMarkdown(text));
      }),
      { ...FUZZ, numRuns: Math.min(FUZZ.numRuns, 40) },
    );
  });
});
