/*
 * Inline Markdown: `code`, **strong** and __strong__, *em* and _em_ (word-bounded), and
 * [links](url). The rules are those of one regular expression with these alternatives, tried at
 * each position in turn (the tests hold this scanner to it on random text), but every closing
 * delimiter is looked up in a table made in one pass: the expression itself rescanned to the end
 * of the text for every unclosed `[`, `*` or backtick, quadratic time that a note with a long run
 * of them (a hostile progress file) turned into minutes of frozen tab.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; external: boolean; children: Inline[] };

/** Links allowed out of content: the web, mail, and the app's own hash routes. */
export function safeHref(url: string): { href: string; external: boolean } | null {
  const href = url.trim();
  if (href.startsWith('#/')) return { href, external: false };
  if (/^(https?:\/\/|mailto:)/i.test(href) && !/[\s<>"]/.test(href)) {
    return { href, external: true };
  }
  return null;
}

const isSpace = (c: string) => /\s/.test(c);
// JavaScript's \b without the u flag: ASCII letters, digits and _.
const isWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

/** For each position, the first position at or after it where `at(i)` holds, else text.length. */
function nextWhere(n: number, at: (i: number) => boolean): Int32Array {
  const next = new Int32Array(n + 1);
  next[n] = n;
  for (let i = n - 1; i >= 0; i--) next[i] = at(i) ? i : next[i + 1];
  return next;
}

export function parseInline(text: string): Inline[] {
  const n = text.length;
  const out: Inline[] = [];
  const push = (node: Inline) => {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.text += node.text;
    else out.push(node);
  };
  // Built only when the text holds the character that needs them.
  let tables: ReturnType<typeof closers> | null = null;
  const t = () => (tables ??= closers(text));
  const past = (i: number) => Math.min(i, n);

  let at = 0;
  for (let p = 0; p < n; p++) {
    const c = text[p];
    if (c !== '`' && c !== '*' && c !== '_' && c !== '[') continue;
    const m = matchAt(text, p, c, t, past);
    if (m === null) continue;
    if (p > at) push({ type: 'text', text: text.slice(at, p) });
    push(m.node);
    at = m.end;
    p = m.end - 1;
  }
  if (at < n) push({ type: 'text', text: text.slice(at) });
  return out;
}

function closers(text: string) {
  const n = text.length;
  const is = (c: string) => (i: number) => text[i] === c;
  const pair = (c: string) => (i: number) => text[i] === c && text[i + 1] === c;
  return {
    tick: nextWhere(n, is('`')),
    star: nextWhere(n, is('*')),
    under: nextWhere(n, is('_')),
    bracket: nextWhere(n, is(']')),
    // What `.` does not match.
    newline: nextWhere(n, (i) => /[\n\r\u2028\u2029]/.test(text[i])),
    stars: nextWhere(n, pair('*')),
    unders: nextWhere(n, pair('_')),
    parenOrSpace: nextWhere(n, (i) => text[i] === ')' || isSpace(text[i])),
  };
}

type Closers = ReturnType<typeof closers>;

/** The construct starting at p (text[p] is c), if one does, and where it ends. */
function matchAt(
  text: string,
  p: number,
  c: string,
  t: () => Closers,
  past: (i: number) => number,
): { node: Inline; end: number } | null {
  const n = text.length;
  if (c === '`') {
    // `([^`]+)`
    if (p + 1 >= n || text[p + 1] === '`') return null;
    const q = t().tick[p + 1];
    if (q >= n) return null;
    return { node: { type: 'code', text: text.slice(p + 1, q) }, end: q + 1 };
  }
  if ((c === '*' || c === '_') && text[p + 1] === c) {
    // \*\*(.+?)\*\* and __(.+?)__: the nearest closing pair, with no newline before it.
    const tb = t();
    const q = (c === '*' ? tb.stars : tb.unders)[past(p + 3)];
    if (q < n && tb.newline[p + 2] >= q) {
      return { node: { type: 'strong', children: parseInline(text.slice(p + 2, q)) }, end: q + 2 };
    }
  }
  if (c === '*' || c === '_') {
    // \*([^*\s](?:[^*]*[^*\s])?)\* and \b_([^_\s](?:[^_]*[^_\s])?)_\b
    const a = text[p + 1];
    if (a === undefined || a === c || isSpace(a)) return null;
    if (c === '_' && isWord(text[p - 1])) return null;
    const q = (c === '*' ? t().star : t().under)[p + 1];
    if (q >= n || isSpace(text[q - 1])) return null;
    if (c === '_' && isWord(text[q + 1])) return null;
    return { node: { type: 'em', children: parseInline(text.slice(p + 1, q)) }, end: q + 1 };
  }
  if (c === '[') {
    // \[([^\]]+)\]\(([^)\s]+)\)
    const tb = t();
    const q = tb.bracket[p + 1];
    if (q === p + 1 || q >= n || text[q + 1] !== '(') return null;
    const r = tb.parenOrSpace[past(q + 2)];
    if (r === q + 2 || r >= n || text[r] !== ')') return null;
    const link = safeHref(text.slice(q + 2, r));
    const whole = text.slice(p, r + 1);
    // A link to anywhere else stays as the text the author wrote, inert.
    const node: Inline = link
      ? { type: 'link', ...link, children: parseInline(text.slice(p + 1, q)) }
      : { type: 'text', text: whole };
    return { node, end: r + 1 };
  }
  return null;
}
