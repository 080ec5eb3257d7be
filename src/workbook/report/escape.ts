/** Text as HTML text: nothing in it can become markup or leave an attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Everything that can start a Markdown construct inside a line: emphasis, code, links and images,
// raw HTML and autolinks, entities, tables, strikethrough, heading closers, and the escape itself.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&|~#!]/g;

/**
 * Text from data or a file as Markdown text that reads as exactly that text: every character
 * that could become markup, a link, an image or HTML is backslash-escaped (CommonMark), and line
 * breaks become spaces so that the text cannot start a block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(MARKDOWN_SPECIAL, '\\$&');
}

/** The longest run of backticks in a text (a loop: a spread of every run overflows the stack). */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = text.charCodeAt(i) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** Text as one Markdown code span, whatever backticks it holds. */
export function markdownCode(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const ticks = '`'.repeat(longestBacktickRun(flat) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}
