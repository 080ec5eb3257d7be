import { indent, OUTPUT_LIMIT, type Laid } from './pretty-layout';

/** The token starting at `at` before `end`: a tag `<...>` or the text up to the next `<`. */
function tokenEnd(text: string, at: number, end: number): number {
  if (text[at] === '<' && text[at + 1] !== '>') {
    const close = text.indexOf('>', at + 1);
    if (close >= 0 && close < end) return close + 1;
  }
  const open = text.indexOf('<', at + 1);
  return open < 0 || open > end ? end : open;
}

/**
 * Tags indented by nesting, on the text alone (no parser: nothing is ever treated as markup).
 * The text must start with `<` and end with `>`. Lays out up to the last tag that ends within
 * `limit`, and up to OUTPUT_LIMIT characters written; each token is looked at a bounded number of
 * times.
 */
export function layOutXml(text: string, limit: number): Laid {
  const end = text.length <= limit ? text.length : text.lastIndexOf('>', limit - 1) + 1;
  const lines: string[] = [];
  let depth = 0;
  let written = 0;
  let at = 0;
  const push = (line: string) => {
    lines.push(line);
    written += line.length + 1;
  };
  while (at < end && written < OUTPUT_LIMIT) {
    const tokEnd = tokenEnd(text, at, end);
    const tok = text.slice(at, tokEnd).trim();
    at = tokEnd;
    if (tok === '') continue;
    const isTag = tok.startsWith('<');
    if (isTag && tok.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      push(indent(depth) + tok);
    } else if (isTag && !tok.startsWith('<?') && !tok.startsWith('<!') && !tok.endsWith('/>')) {
      // <a>text</a> stays on one line.
      const innerEnd = at < end ? tokenEnd(text, at, end) : at;
      const inner = text.slice(at, innerEnd);
      const closeEnd = innerEnd < end ? tokenEnd(text, innerEnd, end) : innerEnd;
      const close = text.slice(innerEnd, closeEnd).trim();
      if (inner.trim() !== '' && !inner.startsWith('<') && close.startsWith('</')) {
        push(indent(depth) + tok + inner.trim() + close);
        at = closeEnd;
      } else {
        push(indent(depth) + tok);
        depth++;
      }
    } else {
      push(indent(depth) + tok);
    }
  }
  return { text: lines.join('\n'), rest: text.slice(at) };
}
