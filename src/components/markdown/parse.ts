/**
 * A small Markdown reader for hunt content and learners' notes. It builds a tree of plain
 * objects, never HTML, so that whatever the text holds (it may quote attacker-controlled log
 * data) can only ever become text nodes when rendered.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; external: boolean; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'code'; lang: string; text: string }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] };

/** Links allowed out of content: the web, mail, and the app's own hash routes. */
export function safeHref(url: string): { href: string; external: boolean } | null {
  const href = url.trim();
  if (href.startsWith('#/')) return { href, external: false };
  if (/^(https?:\/\/|mailto:)/i.test(href) && !/[\s<>"]/.test(href)) {
    return { href, external: true };
  }
  return null;
}

const FENCE = /^\s*(```|~~~)\s*([\w+-]*)\s*$/;
// The closing run of #s is cut in code (headingText): a pattern for it backtracked cubically
// over a long run of spaces (16 s for a 4,000-space heading, which froze the tab).
const HEADING = /^\s{0,3}(#{1,6})\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const ORDERED = /^\s*(\d{1,9})[.)]\s+(.*)$/;

function isBlockStart(line: string): boolean {
  return FENCE.test(line) || HEADING.test(line) || BULLET.test(line) || ORDERED.test(line);
}

/** A heading's text without trailing space and its closing #s (those after white space). */
function headingText(raw: string): string {
  const text = raw.trimEnd();
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 35) end--;
  if (end === text.length || (end > 0 && text[end - 1].trim() !== '')) return text;
  return text.slice(0, end).trimEnd();
}

export function parseBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(fence[1])) body.push(lines[i++]);
      i++; // the closing fence, or past the end when it is missing
      blocks.push({ type: 'code', lang: fence[2], text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({
        type: 'heading',
        level: heading[1].length,
        children: parseInline(headingText(heading[2])),
      });
      i++;
      continue;
    }
    const ordered = ORDERED.exec(line);
    if (BULLET.test(line) || ordered) {
      const pattern = ordered ? ORDERED : BULLET;
      const items: string[] = [];
      while (i < lines.length && lines[i].trim() !== '') {
        const m = pattern.exec(lines[i]);
        if (m) items.push(ordered ? m[2] : m[1]);
        else if (isBlockStart(lines[i])) break;
        // A continuation line belongs to the item above it.
        else items[items.length - 1] += ` ${lines[i].trim()}`;
        i++;
      }
      blocks.push({
        type: 'list',
        ordered: Boolean(ordered),
        start: ordered ? Number(ordered[1]) : 1,
        items: items.map(parseInline),
      });
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i].trim() !== '' && !isBlockStart(lines[i])) {
      para.push(lines[i].trim());
      i++;
    }
    blocks.push({ type: 'paragraph', children: parseInline(para.join(' ')) });
  }
  return blocks;
}

/** The earliest inline construct from `from` on. */
const INLINE =
  /`([^`]+)`|\*\*(.+?)\*\*|__(.+?)__|\*([^*\s](?:[^*]*[^*\s])?)\*|\b_([^_\s](?:[^_]*[^_\s])?)_\b|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const push = (node: Inline) => {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.text += node.text;
    else out.push(node);
  };
  let at = 0;
  const re = new RegExp(INLINE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) push({ type: 'text', text: text.slice(at, m.index) });
    at = m.index + m[0].length;
    if (m[1] !== undefined) push({ type: 'code', text: m[1] });
    else if (m[2] !== undefined || m[3] !== undefined) {
      push({ type: 'strong', children: parseInline(m[2] ?? m[3]) });
    } else if (m[4] !== undefined || m[5] !== undefined) {
      push({ type: 'em', children: parseInline(m[4] ?? m[5]) });
    } else {
      const link = safeHref(m[7]);
      // A link to anywhere else stays as the text the author wrote, inert.
      if (link) push({ type: 'link', ...link, children: parseInline(m[6]) });
      else push({ type: 'text', text: m[0] });
    }
  }
  if (at < text.length) push({ type: 'text', text: text.slice(at) });
  return out;
}
