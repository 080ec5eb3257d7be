import { Fragment, type ReactNode } from 'react';
import { parseBlocks, type Block, type Inline } from './parse';
import './markdown.css';

interface MarkdownProps {
  text: string;
  /** Level the text's `#` headings map to, so content nests under the page's own headings. */
  headingBase?: number;
  className?: string;
  /** Renders paragraphs without the block wrapper, for one-line labels (options, prompts). */
  inline?: boolean;
}

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.type) {
      case 'text':
        return <Fragment key={i}>{n.text}</Fragment>;
      case 'code':
        return <code key={i}>{n.text}</code>;
      case 'strong':
        return <strong key={i}>{renderInline(n.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(n.children)}</em>;
      case 'link':
        return n.external ? (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer">
            {renderInline(n.children)}
          </a>
        ) : (
          <a key={i} href={n.href}>
            {renderInline(n.children)}
          </a>
        );
    }
  });
}

function renderBlock(b: Block, i: number, headingBase: number): ReactNode {
  switch (b.type) {
    case 'paragraph':
      return <p key={i}>{renderInline(b.children)}</p>;
    case 'heading': {
      const level = Math.min(6, headingBase + b.level - 1);
      const Tag = `h${level}` as 'h1';
      return <Tag key={i}>{renderInline(b.children)}</Tag>;
    }
    case 'code':
      return (
        <pre key={i} className="markdown__code" data-lang={b.lang || undefined}>
          <code>{b.text}</code>
        </pre>
      );
    case 'list': {
      const items = b.items.map((item, j) => <li key={j}>{renderInline(item)}</li>);
      return b.ordered ? (
        <ol key={i} start={b.start === 1 ? undefined : b.start}>
          {items}
        </ol>
      ) : (
        <ul key={i}>{items}</ul>
      );
    }
  }
}

/** Markdown as React elements: every piece of the text ends up as a text node. */
export function Markdown({ text, headingBase = 3, className, inline }: MarkdownProps) {
  const blocks = parseBlocks(text);
  if (inline && blocks.length === 1 && blocks[0].type === 'paragraph') {
    return <span className={className}>{renderInline(blocks[0].children)}</span>;
  }
  return (
    <div className={className ? `markdown ${className}` : 'markdown'}>
      {blocks.map((b, i) => renderBlock(b, i, headingBase))}
    </div>
  );
}
