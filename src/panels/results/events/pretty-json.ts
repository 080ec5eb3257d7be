import { indent, OUTPUT_LIMIT, type Laid } from './pretty-layout';

function closing(c: string): string {
  return c === '{' ? '}' : ']';
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (
    i < text.length &&
    (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')
  )
    i++;
  return i;
}

/** Where the string starting at `at` (its opening quote) ends, after its closing quote. */
function stringEnd(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else i++;
  }
  return text.length;
}

/**
 * Valid JSON indented two spaces a level, by its tokens alone: one pass, strings and numbers kept
 * exactly as written, empty `{}`/`[]` on one line (as JSON.stringify lays them out). Stops at the
 * first token boundary past `limit` characters read or OUTPUT_LIMIT written.
 */
export function layOutJson(text: string, limit: number): Laid {
  const out: string[] = [];
  let depth = 0;
  let i = 0;
  let written = 0;
  while (i < text.length && i < limit && written < OUTPUT_LIMIT) {
    const before = out.length;
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      out.push(text.slice(i, end));
      i = end;
    } else if (c === '{' || c === '[') {
      const next = skipSpace(text, i + 1);
      if (text[next] === closing(c)) {
        out.push(c + closing(c));
        i = next + 1;
      } else {
        depth++;
        out.push(c, '\n', indent(depth));
        i = next;
      }
    } else if (c === '}' || c === ']') {
      depth--;
      out.push('\n', indent(depth), c);
      i++;
    } else if (c === ',') {
      out.push(',\n', indent(depth));
      i = skipSpace(text, i + 1);
    } else if (c === ':') {
      out.push(': ');
      i = skipSpace(text, i + 1);
    } else if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i = skipSpace(text, i);
    } else {
      // A number or a literal: up to the next structural character or space.
      let end = i + 1;
      while (end < text.length && !',:{}[]" \n\r\t'.includes(text[end])) end++;
      out.push(text.slice(i, end));
      i = end;
    }
    for (let k = before; k < out.length; k++) written += out[k].length;
  }
  return { text: out.join(''), rest: text.slice(i) };
}
