import { createElement as h, Fragment, type ReactNode } from 'react';
import {
  parseMarkdown,
  safeHref,
  type Block,
  type Inline,
  type ListBlock,
} from '../../workbook/markdown/parse';

export interface MarkdownOptions {
  /** Level the text's `#` headings map to, so content nests under the page's own headings. */
  headingBase?: number;
  className?: string;
  /** Renders a single paragraph without the block wrapper, for one-line labels. */
  inline?: boolean;
}

/**
 * Markdown is content (a hunt's text, the learner's notes), never the interface's own words:
 * marked so the check that every UI text comes from the catalogue passes over it.
 */
const CONTENT = { 'data-i18n-exempt': '' };

// Plain createElement rather than JSX so the renderer can be tested outside the app's build.

function renderLink(n: Extract<Inline, { type: 'link' }>, key: number): ReactNode {
  const label = renderInline(n.children);
  const link = safeHref(n.url);
  // A link to anywhere else stays as the text the author wrote, inert.
  if (!link) return h(Fragment, { key }, n.image ? '![' : '[', ...label, `](${n.url})`);
  return link.external
    ? h('a', { key, href: link.href, target: '_blank', rel: 'noopener noreferrer' }, ...label)
    : h('a', { key, href: link.href }, ...label);
}

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((n, key) => {
    switch (n.type) {
      case 'text':
        return h(Fragment, { key }, n.text);
      case 'code':
        return h('code', { key }, n.text);
      // A line of the source is not a line on screen; a break written as one is.
      case 'break':
        return n.hard ? h('br', { key }) : h(Fragment, { key }, ' ');
      case 'strong':
        return h('strong', { key }, ...renderInline(n.children));
      case 'em':
        return h('em', { key }, ...renderInline(n.children));
      case 'link':
        return renderLink(n, key);
    }
  });
}

function renderList(b: ListBlock, key: number, headingBase: number): ReactNode {
  const items = b.items.map((item, j) =>
    h('li', { key: j }, ...item.map((c, k) => renderBlock(c, k, headingBase))),
  );
  return b.ordered
    ? h('ol', { key, start: b.start === 1 ? undefined : b.start }, ...items)
    : h('ul', { key }, ...items);
}

function renderBlock(b: Block, key: number, headingBase: number): ReactNode {
  switch (b.type) {
    case 'paragraph':
      return b.tight
        ? h(Fragment, { key }, ...renderInline(b.children))
        : h('p', { key }, ...renderInline(b.children));
    case 'heading':
      return h(`h${Math.min(6, headingBase + b.level - 1)}`, { key }, ...renderInline(b.children));
    case 'code':
      return h(
        'pre',
        { key, className: 'markdown__code', 'data-lang': b.lang || undefined },
        h('code', null, b.text),
      );
    case 'rule':
      return h('hr', { key });
    case 'quote':
      return h('blockquote', { key }, ...b.children.map((c, k) => renderBlock(c, k, headingBase)));
    case 'list':
      return renderList(b, key, headingBase);
  }
}

/** Markdown as React elements: every piece of the text ends up as a text node. */
export function renderMarkdown(text: string, opts: MarkdownOptions = {}): ReactNode {
  const blocks = parseMarkdown(text);
  if (opts.inline && blocks.length === 1 && blocks[0].type === 'paragraph') {
    return h(
      'span',
      { className: opts.className, ...CONTENT },
      ...renderInline(blocks[0].children),
    );
  }
  return h(
    'div',
    { className: opts.className ? `markdown ${opts.className}` : 'markdown', ...CONTENT },
    ...blocks.map((b, i) => renderBlock(b, i, opts.headingBase ?? 3)),
  );
}
