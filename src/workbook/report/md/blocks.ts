/**
 * The block structure of a learner's Markdown, for the HTML report: the subset the report
 * renders, read line by line. Every line is looked at a bounded number of times (quotes nest at
 * most MAX_QUOTE_DEPTH deep, lists one level), and no pattern here can backtrack over a line, so
 * any input costs linear time.
 */

export interface ListItem {
  /** The item's text; continuation lines are joined by '\n', a line break. */
  text: string;
  /** Lists nested one level under the item. */
  lists: ListBlock[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  start: number;
  items: ListItem[];
}

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; level: number; text: string }
  | { type: 'code'; text: string }
  | { type: 'quote'; blocks: Block[] }
  | ListBlock;

// Deeper `>` stay text: the depth bounds both the work and the renderer's recursion.
const MAX_QUOTE_DEPTH = 3;
// A marker this much further in than the list's own is an item of a nested list.
const NEST_INDENT = 2;

const QUOTE = /^ {0,3}> ?/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const FENCE = /^( {0,3})(`{3,}|~{3,})/;
const MARKER = /^([ \t]*)(?:[-*+]|(\d{1,9})[.)])(?:[ \t]+|$)/;

interface Marker {
  indent: number;
  ordered: boolean;
  start: number;
  text: string;
}

const isBlank = (line: string) => line.trim() === '';

function indentOf(prefix: string): number {
  let width = 0;
  for (const c of prefix) width = c === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}

function markerOf(line: string): Marker | null {
  const m = MARKER.exec(line);
  if (!m) return null;
  return {
    indent: indentOf(m[1]),
    ordered: m[2] !== undefined,
    start: m[2] === undefined ? 1 : Number(m[2]),
    text: line.slice(m[0].length).trim(),
  };
}

/** A heading's text without the optional closing run of `#`, found without a regex. */
function headingText(rest: string): string {
  const text = rest.trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0) return '';
  if (end === text.length || !/[ \t]/.test(text[end - 1])) return text;
  return text.slice(0, end).trim();
}

function fenceOf(line: string): { indent: number; fence: string } | null {
  const m = FENCE.exec(line);
  if (!m) return null;
  // "```a```" on one line is inline code, not a fence.
  if (m[2][0] === '`' && line.indexOf('`', m[0].length) >= 0) return null;
  return { indent: m[1].length, fence: m[2] };
}

function closesFence(line: string, fence: string): boolean {
  const text = line.trimStart();
  if (line.length - text.length > 3) return false;
  let run = 0;
  while (run < text.length && text[run] === fence[0]) run++;
  return run >= fence.length && isBlank(text.slice(run));
}

function startsBlock(line: string, depth: number): boolean {
  return (
    fenceOf(line) !== null ||
    HEADING.test(line) ||
    (depth < MAX_QUOTE_DEPTH && QUOTE.test(line)) ||
    MARKER.test(line)
  );
}

function readList(
  lines: string[],
  from: number,
  first: Marker,
  depth: number,
): { list: ListBlock; next: number } {
  const list: ListBlock = { type: 'list', ordered: first.ordered, start: first.start, items: [] };
  let item: ListItem | undefined;
  let nested: ListBlock | undefined;
  let last: ListItem | undefined;
  let i = from;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      // Blank lines between items keep the list; anything else after them ends it.
      let j = i;
      while (j < lines.length && isBlank(lines[j])) j++;
      const m = j < lines.length ? markerOf(lines[j]) : null;
      const sibling = m !== null && m.indent < first.indent + NEST_INDENT;
      if (!m || (sibling && m.ordered !== list.ordered)) break;
      i = j;
      continue;
    }
    const m = markerOf(line);
    if (m && item && m.indent >= first.indent + NEST_INDENT) {
      // Deeper markers stay in the one nested level.
      if (!nested || nested.ordered !== m.ordered) {
        nested = { type: 'list', ordered: m.ordered, start: m.start, items: [] };
        item.lists.push(nested);
      }
      last = { text: m.text, lists: [] };
      nested.items.push(last);
    } else if (m) {
      if (m.ordered !== list.ordered) break;
      item = { text: m.text, lists: [] };
      list.items.push(item);
      nested = undefined;
      last = item;
    } else if (last && !startsBlock(line, depth)) {
      last.text = last.text === '' ? line.trim() : `${last.text}\n${line.trim()}`;
    } else break;
    i++;
  }
  return { list, next: i };
}

function readBlocks(lines: string[], depth: number): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = fenceOf(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !closesFence(lines[i], fence.fence)) {
        // The fence's own indent comes off each line, no more.
        const l = lines[i++];
        let cut = 0;
        while (cut < fence.indent && l[cut] === ' ') cut++;
        body.push(l.slice(cut));
      }
      i++; // the closing fence; an unclosed fence runs to the end of the text
      blocks.push({ type: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const text = headingText(line.slice(heading[0].length));
      blocks.push({ type: 'heading', level: heading[1].length, text });
      i++;
      continue;
    }
    if (depth < MAX_QUOTE_DEPTH && QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i])) inner.push(lines[i++].replace(QUOTE, ''));
      blocks.push({ type: 'quote', blocks: readBlocks(inner, depth + 1) });
      continue;
    }
    const marker = markerOf(line);
    if (marker) {
      const { list, next } = readList(lines, i, marker, depth);
      blocks.push(list);
      i = next;
      continue;
    }
    const para = [line.trim()];
    i++;
    while (i < lines.length && !isBlank(lines[i]) && !startsBlock(lines[i], depth)) {
      para.push(lines[i++].trim());
    }
    blocks.push({ type: 'paragraph', text: para.join('\n') });
  }
  return blocks;
}

export function parseBlocks(text: string): Block[] {
  return readBlocks(text.replace(/\r\n?/g, '\n').split('\n'), 0);
}
