import { markdownCode } from '../escape';
import { parseBlocks, type Block, type ListBlock } from './blocks';
import { codeSpanFinder, isPunct, linkFinder } from './inline';
import { fenced } from './fence';

// The report's own headings take levels 1 to 3; the learner's `#` starts below them.
const HEADING_OFFSET = 3;

/**
 * A learner's inline Markdown made safe to open in any Markdown viewer: emphasis, code spans and
 * backslash escapes stay as written; a link or an image becomes its text and its address as code
 * (nothing is followed or loaded, as in the HTML report); `<`, `&` and stray brackets are escaped,
 * so no raw HTML, autolink or link definition survives. One pass, linear in the text.
 */
export function safeInline(text: string): string {
  const findCodeSpan = codeSpanFinder(text);
  const findLink = linkFinder(text);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '`') {
      const { len, close } = findCodeSpan(i);
      // A code span is literal in every viewer: kept as written, HTML in it included.
      const end = close >= 0 ? close + len : i + len;
      out += close >= 0 ? text.slice(i, end) : '\\`'.repeat(len);
      i = end;
    } else if (c === '[' || (c === '!' && text[i + 1] === '[')) {
      const from = c === '!' ? i + 1 : i;
      const found = findLink(from);
      if (found) {
        const label = found.label === found.url ? '' : `${safeInline(found.label)} `;
        out += `${label}\\[${markdownCode(found.url)}\\]`;
        i = found.end;
      } else {
        out += c === '!' ? '!\\[' : '\\[';
        i = from + 1;
      }
    } else if (c === '\\' && i + 1 < text.length && isPunct(text[i + 1])) {
      out += text.slice(i, i + 2);
      i += 2;
    } else if (c === '<' || c === '>' || c === '&' || c === ']' || c === '|') {
      out += `\\${c}`;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const indentLines = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

function listMarkdown(list: ListBlock, indent: string): string[] {
  return list.items.map((item, k) => {
    const marker = list.ordered ? `${list.start + k}. ` : '- ';
    const pad = indent + ' '.repeat(marker.length);
    const nested = item.lists.flatMap((l) => listMarkdown(l, pad));
    return [indent + marker + indentLines(safeInline(item.text), pad), ...nested].join('\n');
  });
}

function blockMarkdown(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return safeInline(block.text);
    case 'heading':
      return `${'#'.repeat(Math.min(6, block.level + HEADING_OFFSET))} ${safeInline(block.text)}`;
    case 'code':
      return fenced(block.text).join('\n');
    case 'quote':
      return '> ' + indentLines(block.blocks.map(blockMarkdown).join('\n\n'), '> ');
    case 'list':
      return listMarkdown(block, '').join('\n');
  }
}

/**
 * A learner's Markdown (a note, from the app or from an imported progress file) as Markdown for
 * the report: its structure kept (headings below the report's, lists, quotes, code), every inline
 * part through safeInline.
 */
export function safeMarkdown(text: string): string {
  return parseBlocks(text).map(blockMarkdown).join('\n\n');
}

/** The same on one line, for a list item or a definition: blocks joined by spaces. */
export function safeMarkdownLine(text: string): string {
  const line = (b: Block): string =>
    b.type === 'code'
      ? markdownCode(b.text)
      : b.type === 'quote'
        ? b.blocks.map(line).join(' ')
        : b.type === 'list'
          ? b.items
              .flatMap((item) => [
                item.text,
                ...item.lists.flatMap((l) => l.items.map((n) => n.text)),
              ])
              .map((text) => safeInline(text.replace(/\n/g, ' ')))
              .join('; ')
          : safeInline(b.text.replace(/\n/g, ' '));
  return parseBlocks(text).map(line).join(' ');
}
