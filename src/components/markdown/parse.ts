/**
 * A small Markdown reader for hunt content and learners' notes. It builds a tree of plain
 * objects, never HTML, so that whatever the text holds (it may quote attacker-controlled log
 * data) can only ever become text nodes when rendered.
 */

import { parseInline, type Inline } from './inline';

export { parseInline, safeHref, type Inline } from './inline';

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'code'; lang: string; text: string }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] };

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
