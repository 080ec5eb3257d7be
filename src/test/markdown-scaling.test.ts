import { renderToStaticMarkup } from 'react-dom/server';
import { describe, it } from 'vitest';
import { renderMarkdown } from '../components/markdown/render';
import { expectLinear } from './support/scaling';
import { markdownHtml } from '../workbook/report/md/html';
import { safeMarkdown } from '../workbook/report/md/markdown';

// Shapes that make a naive Markdown reader quadratic or deep (a hostile progress file holds any
// note), each made n units long (the report's tests try more
// shapes, at one size: md/html.test.ts).
const SHAPES: [string, (n: number) => string][] = [
  ['list markers on one line', (n) => '- '.repeat(n) + 'x'],
  ['quote markers, then lazy lines', (n) => '> '.repeat(n) + 'x\n' + 'y\n'.repeat(n)],
  ['unclosed brackets', (n) => '['.repeat(n) + ']'],
  ['links without their parenthesis', (n) => '[a](x'.repeat(n)],
  ['nested brackets closed as links', (n) => '['.repeat(n) + 'a' + '](b)'.repeat(n)],
  [
    'backtick runs of growing length',
    (n) => Array.from({ length: Math.sqrt(n) * 2 }, (_, i) => '`'.repeat(i + 1)).join('a'),
  ],
  ['unpaired emphasis', (n) => '*a _b '.repeat(n)],
  ['a run of stars', (n) => '*'.repeat(n) + 'a' + '*'.repeat(n)],
  ['link definitions and references', (n) => '[a]: /u\n'.repeat(n) + '[a] '.repeat(n)],
];

describe('Markdown in time linear in its length', () => {
  it.each(SHAPES)('%s, read and rendered three ways', (_, make) => {
    expectLinear(
      make,
      (text) => {
        renderToStaticMarkup(renderMarkdown(text));
        markdownHtml(text);
        safeMarkdown(text);
      },
      1_000,
    );
  });
});
