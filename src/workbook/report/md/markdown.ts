import { inlineText, parseMarkdown, type Block, type Inline } from '../../markdown/parse';
import { markdownCode } from '../escape';
import { fenced } from './fence';

// The report's own headings take levels 1 to 3; the learner's `#` starts below them.
const HEADING_OFFSET = 3;

// What can start markup inside a line; `!` and `#` cannot without them (kept as written).
const INLINE_SPECIAL = /[\\`*_[\]<>&|~]/g;
// What starts a block at the start of a line: a list item, a heading, a heading's underline.
const LINE_START = /(^|\n)([-+=#]|\d{1,9}(?=[.)](?:[ \t]|$|\n)))/g;

/**
 * Inline Markdown made safe to open in any Markdown viewer: emphasis and code stay; a link or an
 * image becomes its text and its address as code (nothing is followed or loaded, as in the HTML
 * report); every character of the text that could start markup (`<`, `&`, brackets, `*`, `_`...)
 * is backslash-escaped, so no raw HTML, autolink or link definition survives.
 */
function safeInline(nodes: Inline[], oneLine: boolean): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out += n.text.replace(INLINE_SPECIAL, '\\$&');
        break;
      case 'code':
        out += markdownCode(n.text);
        break;
      case 'break':
        out += oneLine ? ' ' : n.hard ? '\\\n' : '\n';
        break;
      case 'strong':
      case 'em': {
        const mark = n.type === 'em' ? '*' : '**';
        out += `${mark}${safeInline(n.children, oneLine)}${mark}`;
        break;
      }
      case 'link': {
        const label = inlineText(n.children) === n.url ? '' : `${safeInline(n.children, oneLine)} `;
        out += `${label}\\[${markdownCode(n.url)}\\]`;
        break;
      }
    }
  }
  // Text that starts a line must not start a list or a heading underline there.
  return out.replace(LINE_START, (_, start: string, mark: string) =>
    /\d/.test(mark) ? `${start}${mark}\\` : `${start}\\${mark}`,
  );
}

const indentLines = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

function blockMarkdown(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return safeInline(block.children, false);
    case 'heading':
      return `${'#'.repeat(Math.min(6, block.level + HEADING_OFFSET))} ${safeInline(block.children, true)}`;
    case 'code':
      return fenced(block.text).join('\n');
    case 'rule':
      return '---';
    case 'quote':
      return '> ' + indentLines(block.children.map(blockMarkdown).join('\n\n'), '> ');
    case 'list':
      return block.items
        .map((item, k) => {
          const marker = block.ordered ? `${block.start + k}. ` : '- ';
          const body = item.map(blockMarkdown).join(block.tight ? '\n' : '\n\n');
          return marker + indentLines(body, ' '.repeat(marker.length));
        })
        .join(block.tight ? '\n' : '\n\n');
  }
}

/**
 * A learner's Markdown (a note, from the app or from an imported progress file) as Markdown for
 * the report: its structure kept (headings below the report's, lists, quotes, code), every inline
 * part through safeInline.
 */
export function safeMarkdown(text: string): string {
  return parseMarkdown(text).map(blockMarkdown).join('\n\n');
}

/** The same on one line, for a list item or a definition: blocks joined by spaces. */
export function safeMarkdownLine(text: string): string {
  const line = (b: Block): string => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return safeInline(b.children, true);
      case 'code':
        return markdownCode(b.text);
      case 'rule':
        return '';
      case 'quote':
        return b.children.map(line).join(' ');
      case 'list':
        return b.items.map((item) => item.map(line).join(' ')).join('; ');
    }
  };
  return parseMarkdown(text).map(line).filter(Boolean).join(' ');
}
