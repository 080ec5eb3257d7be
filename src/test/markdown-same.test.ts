import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../components/markdown/render';
import { markdownHtml } from '../workbook/report/md/html';
import { safeMarkdown } from '../workbook/report/md/markdown';

/**
 * The tags and text of rendered Markdown, without what the two renderers do differently on
 * purpose: attributes, the app's wrapper, heading levels (each nests under its own page) and
 * line breaks (the report keeps the note's lines, the app flows them).
 */
function shape(html: string): string {
  return html
    .replace(/^<div[^>]*>|<\/div>$/g, '')
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/<(\/?)h\d>/g, '<$1h>')
    .replace(/<(\w+)[^>]*>/g, '<$1>')
    .replace(/\s+/g, ' ');
}

const app = (text: string) => shape(renderToStaticMarkup(renderMarkdown(text)));
const report = (text: string) => shape(markdownHtml(text));

// The three that the app's and the report's hand-written parsers read differently.
const CASES: [string, string, string][] = [
  [
    'block quotes',
    '> quoted **text**\n> - item\n>\n> > nested `code`\n\nafter',
    '<blockquote><p>quoted <strong>text</strong></p><ul><li>item</li></ul><blockquote><p>nested <code>code</code></p></blockquote></blockquote><p>after</p>',
  ],
  [
    'nested lists',
    '1. one\n   - a\n     - a1\n   - b\n2. two\n\n- x\n\n  more\n- y',
    '<ol><li>one<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul></li><li>two</li></ol><ul><li><p>x</p><p>more</p></li><li><p>y</p></li></ul>',
  ],
  [
    'backslash escapes',
    '\\*not em\\* \\`not code\\` \\[not\\](a link) a\\_b\n\n\\# not a heading\n\n\\- not a list\n\n1\\. not a list either\n\n\\> not a quote',
    '<p>*not em* `not code` [not](a link) a_b</p><p># not a heading</p><p>- not a list</p><p>1. not a list either</p><p>&gt; not a quote</p>',
  ],
];

describe('the app and the report read Markdown alike', () => {
  it.each(CASES)('%s', (_, text, expected) => {
    expect(app(text)).toBe(expected);
    expect(report(text)).toBe(expected);
  });

  it.each(CASES)('%s, through the Markdown export and back', (_, text, expected) => {
    expect(report(safeMarkdown(text))).toBe(expected);
  });
});
