/**
 * Markdown read once, for every place that shows it: hunt content and learners' notes in the app
 * (React elements), the HTML report (escaped HTML) and the Markdown report (safe Markdown). The
 * reader is markdown-it with its CommonMark rules and raw HTML off, so `<tag>` is text; it makes
 * a tree of plain objects, never HTML, and each renderer decides what a link may become.
 *
 * Linear time: markdown-it has no quadratic path on the shapes the tests try (see
 * src/test/markdown-scaling.test.ts), nests blocks at most MAX_DEPTH deep (deeper content is dropped), and
 * this tree keeps inline nesting to MAX_DEPTH too (deeper emphasis keeps its text, not its
 * formatting), so the renderers' recursion stays shallow whatever the text.
 */

import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  /** A line break inside a paragraph: `hard` when written as one (backslash or two spaces). */
  | { type: 'break'; hard: boolean }
  | { type: 'strong' | 'em'; children: Inline[] }
  /** A link or an image (shown as its description: nothing is loaded), its address as written. */
  | { type: 'link'; url: string; image: boolean; children: Inline[] };

export type Block =
  /** `tight`: a paragraph of a tight list item, shown without its own paragraph box. */
  | { type: 'paragraph'; tight: boolean; children: Inline[] }
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'code'; lang: string; text: string }
  | { type: 'rule' }
  | { type: 'quote'; children: Block[] }
  | ListBlock;

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  start: number;
  tight: boolean;
  items: Block[][];
}

const MAX_DEPTH = 20;

// The CommonMark preset nests blocks at most MAX_DEPTH (its maxNesting) deep.
const reader = new MarkdownIt('commonmark', { html: false });
// `&lt;` in a note is what the learner typed (often log text copied from an HTML page): it reads
// as written, as it always did, instead of becoming `<`.
reader.disable('entity');
// Every link is read with its address as written; the renderers apply the link rules (safeHref).
reader.validateLink = () => true;
reader.normalizeLink = (url) => url;
reader.normalizeLinkText = (url) => url;

/** Links allowed out of content: the web, mail, and the app's own hash routes. */
export function safeHref(url: string): { href: string; external: boolean } | null {
  const href = url.trim();
  if (href.startsWith('#/')) return { href, external: false };
  if (/^(https?:\/\/|mailto:)/i.test(href) && !/[\s<>"]/.test(href)) {
    return { href, external: true };
  }
  return null;
}

/** The text of inline tokens (an image's description), without recursion. */
function tokensText(tokens: Token[]): string {
  let out = '';
  const stack: Token[][] = [tokens];
  const at: number[] = [0];
  while (stack.length > 0) {
    const top = stack.length - 1;
    const t = stack[top][at[top]++];
    if (t === undefined) {
      stack.pop();
      at.pop();
    } else if (t.type === 'image' && t.children) {
      stack.push(t.children);
      at.push(0);
    } else if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' ';
    else if (t.type === 'text' || t.type === 'code_inline') out += t.content;
  }
  return out;
}

function inlineTree(tokens: Token[]): Inline[] {
  const root: Inline[] = [];
  // Each open tag's children; past MAX_DEPTH a tag shares its parent's (keeps only its text).
  const stack: Inline[][] = [root];
  for (const t of tokens) {
    const into = stack[stack.length - 1];
    switch (t.type) {
      case 'text':
      case 'text_special': {
        const last = into[into.length - 1];
        if (last?.type === 'text') last.text += t.content;
        else into.push({ type: 'text', text: t.content });
        break;
      }
      case 'code_inline':
        into.push({ type: 'code', text: t.content });
        break;
      case 'softbreak':
      case 'hardbreak':
        into.push({ type: 'break', hard: t.type === 'hardbreak' });
        break;
      case 'image':
        into.push({
          type: 'link',
          url: t.attrGet('src') ?? '',
          image: true,
          children: [{ type: 'text', text: tokensText(t.children ?? []) }],
        });
        break;
      case 'em_open':
      case 'strong_open':
      case 'link_open': {
        if (stack.length > MAX_DEPTH) {
          stack.push(into);
          break;
        }
        const children: Inline[] = [];
        into.push(
          t.type === 'link_open'
            ? { type: 'link', url: t.attrGet('href') ?? '', image: false, children }
            : { type: t.type === 'em_open' ? 'em' : 'strong', children },
        );
        stack.push(children);
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 'link_close':
        if (stack.length > 1) stack.pop();
        break;
    }
  }
  return root;
}

interface Frame {
  blocks: Block[];
  list?: ListBlock;
}

/** Markdown as a tree of blocks, one pass over markdown-it's tokens. */
export function parseMarkdown(text: string): Block[] {
  const tokens = reader.parse(text, {});
  const root: Block[] = [];
  const stack: Frame[] = [{ blocks: root }];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const top = stack[stack.length - 1];
    switch (t.type) {
      case 'inline': {
        const open = tokens[i - 1];
        const children = inlineTree(t.children ?? []);
        if (open?.type === 'heading_open') {
          top.blocks.push({ type: 'heading', level: Number(open.tag.slice(1)), children });
        } else {
          const tight = open?.hidden === true;
          top.blocks.push({ type: 'paragraph', tight, children });
          // markdown-it hides the paragraphs of a tight list's items, and only those.
          const parent = stack[stack.length - 2];
          if (parent?.list && !tight) parent.list.tight = false;
        }
        break;
      }
      case 'fence':
      case 'code_block':
        top.blocks.push({
          type: 'code',
          lang: /^[\w+-]*/.exec(t.info.trim())?.[0] ?? '',
          text: t.content.replace(/\n$/, ''),
        });
        break;
      case 'hr':
        top.blocks.push({ type: 'rule' });
        break;
      case 'blockquote_open': {
        const quote = { type: 'quote' as const, children: [] as Block[] };
        top.blocks.push(quote);
        stack.push({ blocks: quote.children });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const list: ListBlock = {
          type: 'list',
          ordered: t.type === 'ordered_list_open',
          start: Number(t.attrGet('start') ?? 1),
          tight: true,
          items: [],
        };
        top.blocks.push(list);
        stack.push({ blocks: [], list });
        break;
      }
      case 'list_item_open': {
        const item: Block[] = [];
        top.list?.items.push(item);
        stack.push({ blocks: item });
        break;
      }
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
        if (stack.length > 1) stack.pop();
        break;
    }
  }
  return root;
}

/** The plain text of inline nodes (a link's description, compared with its address). */
export function inlineText(nodes: Inline[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'code') out += n.text;
    else if (n.type === 'break') out += ' ';
    else out += inlineText(n.children);
  }
  return out;
}
