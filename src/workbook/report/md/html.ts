import { inlineText, parseMarkdown, type Block, type Inline } from '../../markdown/parse';
import { escapeHtml } from '../escape';

// The report's own headings take h1 to h3; the learner's `#` starts below them.
const HEADING_OFFSET = 3;

/**
 * Inline Markdown as HTML. Every piece of the text goes through escapeHtml; the only tags are the
 * ones written here. A link or an image is its text and its address in brackets, never a link:
 * the report follows and loads nothing.
 */
function inlineHtml(nodes: Inline[]): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out += escapeHtml(n.text);
        break;
      case 'code':
        out += `<code>${escapeHtml(n.text)}</code>`;
        break;
      // The report keeps the lines of a note as the learner wrote them.
      case 'break':
        out += '<br>';
        break;
      case 'strong':
      case 'em':
        out += `<${n.type}>${inlineHtml(n.children)}</${n.type}>`;
        break;
      case 'link': {
        const shown = inlineText(n.children) === n.url ? '' : `${inlineHtml(n.children)} `;
        out += `${shown}<span class="url">[${escapeHtml(n.url)}]</span>`;
        break;
      }
    }
  }
  return out;
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return block.tight ? inlineHtml(block.children) : `<p>${inlineHtml(block.children)}</p>`;
    case 'heading': {
      const tag = `h${Math.min(6, block.level + HEADING_OFFSET)}`;
      return `<${tag}>${inlineHtml(block.children)}</${tag}>`;
    }
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'rule':
      return '<hr>';
    case 'quote':
      return `<blockquote>${block.children.map(blockHtml).join('')}</blockquote>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
      const items = block.items.map((item) => `<li>${item.map(blockHtml).join('')}</li>`);
      return `<${tag}${start}>${items.join('')}</${tag}>`;
    }
  }
}

/**
 * A learner's Markdown as HTML for the report. `compact` leaves a lone paragraph unwrapped, for
 * text that sits in a list item or a definition.
 */
export function markdownHtml(text: string, { compact = false } = {}): string {
  const blocks = parseMarkdown(text);
  if (compact && blocks.length === 1 && blocks[0].type === 'paragraph') {
    return inlineHtml(blocks[0].children);
  }
  return blocks.map(blockHtml).join('');
}
