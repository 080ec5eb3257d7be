import { describe, expect, it } from 'vitest';
import { parseInline, safeHref, type Inline } from './inline';

/** The expression the scanner replaced, and the loop that used it: the oracle for its rules. */
const INLINE =
  /`([^`]+)`|\*\*(.+?)\*\*|__(.+?)__|\*([^*\s](?:[^*]*[^*\s])?)\*|\b_([^_\s](?:[^_]*[^_\s])?)_\b|\[([^\]]+)\]\(([^)\s]+)\)/g;

function byExpression(text: string): Inline[] {
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
      push({ type: 'strong', children: byExpression(m[2] ?? m[3]) });
    } else if (m[4] !== undefined || m[5] !== undefined) {
      push({ type: 'em', children: byExpression(m[4] ?? m[5]) });
    } else {
      const link = safeHref(m[7]);
      if (link) push({ type: 'link', ...link, children: byExpression(m[6]) });
      else push({ type: 'text', text: m[0] });
    }
  }
  if (at < text.length) push({ type: 'text', text: text.slice(at) });
  return out;
}

describe('inline Markdown', () => {
  it('reads what the expression read, on random text of delimiters', () => {
    let seed = 3;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const pieces = ['*', '**', '_', '__', '`', '[', ']', '(', ')', ' ', '\n', '\r', '\u2028'];
    pieces.push('\u00a0', 'a', 'B', '7', '-', '.', 'x_y', 'é', 'https://x.org', '#/h', 'j:s');
    for (let round = 0; round < 4000; round++) {
      let text = '';
      for (let k = rand(24); k > 0; k--) text += pieces[rand(pieces.length)];
      expect(parseInline(text), JSON.stringify(text)).toEqual(byExpression(text));
    }
  });

  it('reads the hunts’ kinds of text as the expression did', () => {
    for (const text of [
      'One *two* **three** `four` and __five__ with src_ip and _six_.',
      'See [the step](#/hunts/ftp/data) or [Splunk](https://docs.splunk.com) or [x](javascript:1).',
      '**bold with *em* inside** and *em with `code`* and `**not bold**`',
      '_a_b_ __a__b__ *a*b* ** x ** *x * * x*',
    ]) {
      expect(parseInline(text)).toEqual(byExpression(text));
    }
  });

  it('reads long runs of unclosed delimiters in one pass', () => {
    const plain = (nodes: Inline[]): string =>
      nodes.map((n) => ('text' in n ? n.text : plain(n.children))).join('');
    // Each of these took the expression time quadratic in its length (minutes at 200,000).
    for (const c of ['[', '*', '_ ', '`', '**', '__', '[a](', '*a ', '_a ', 'a_']) {
      const short = c.repeat(Math.ceil(2_000 / c.length));
      expect(parseInline(short), c).toEqual(byExpression(short));
      const long = c.repeat(Math.ceil(200_000 / c.length));
      expect(plain(parseInline(long)).length, c).toBeGreaterThan(long.length / 10);
    }
  });
});
