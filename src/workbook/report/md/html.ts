import { escapeHtml } from '../escape';
import { parseBlocks, type Block, type ListBlock } from './blocks';
import { inlineHtml } from './inline';

// The report's own headings take h1 to h3; the learner's `#` starts below them.
const HEADING_OFFSET = 3;

function listHtml(list: ListBlock): string {
  const tag = list.ordered ? 'ol' : 'ul';
  const start = list.ordered && list.start !== 1 ? ` start="${list.start}"` : '';
  const items = list.items
    .map((item) => `<li>${inlineHtml(item.text)}${item.lists.map(listHtml).join('')}</li>`)
    .join('');
  return `<${tag}${start}>${items}</${tag}>`;
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.text)}</p>`;
    case 'heading': {
      const tag = `h${Math.min(6, block.level + HEADING_OFFSET)}`;
      return `<${tag}>${inlineHtml(block.text)}</${tag}>`;
    }
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'quote':
      return `<blockquote>${block.blocks.map(blockHtml).join('')}</blockquote>`;
    case 'list':
      return listHtml(block);
  }
}

/**
 * A learner's Markdown as HTML for the report. `compact` leaves a lone paragraph unwrapped, for
 * text that sits in a list item or a definition.
 */
export function markdownHtml(text: string, { compact = false } = {}): string {
  const blocks = parseBlocks(text);
  if (compact && blocks.length === 1 && blocks[0].type === 'paragraph') {
    return inlineHtml(blocks[0].text);
  }
  return blocks.map(blockHtml).join('');
}
