import { escapeHtml } from '../escape';

/**
 * A learner's inline Markdown as HTML: `code`, *emphasis*, **strong**, line breaks, backslash
 * escapes, and links as their text followed by the URL in brackets, never as a link. Every piece
 * of the input reaches the output through escapeHtml; the only tags are the ones written here.
 * One pass over the text and a linear pairing of emphasis markers (CommonMark's flanking rules
 * with a stack per marker character), so hostile input cannot make it slow.
 */

interface Delim {
  kind: 'delim';
  char: '*' | '_';
  /** Characters of the run not yet paired. */
  left: number;
  canOpen: boolean;
  canClose: boolean;
  /** Tags this run opens, innermost first. */
  opens: string[];
  /** Tags this run closes, innermost first. */
  closes: string[];
}

type Token = { kind: 'text'; text: string } | { kind: 'html'; html: string } | Delim;

export const isSpace = (c: string) => c === '' || /\s/.test(c);
export const isPunct = (c: string) => /[!-/:-@[-`{-~]/.test(c);

function delimiter(text: string, at: number, end: number): Delim {
  const char = text[at] as '*' | '_';
  const before = text[at - 1] ?? '';
  const after = text[end] ?? '';
  const leftFlanking = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
  const rightFlanking = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
  // `_` inside a word (src_ip, a_b_c) is never emphasis.
  const canOpen = char === '*' ? leftFlanking : leftFlanking && (!rightFlanking || isPunct(before));
  const canClose =
    char === '*' ? rightFlanking : rightFlanking && (!leftFlanking || isPunct(after));
  return { kind: 'delim', char, left: end - at, canOpen, canClose, opens: [], closes: [] };
}

/** Pairs openers with closers; an opener left inside a pair of the other character stays text. */
function pairEmphasis(tokens: Token[]): void {
  const stacks: Record<'*' | '_', number[]> = { '*': [], _: [] };
  tokens.forEach((d, k) => {
    if (d.kind !== 'delim') return;
    if (d.canClose) {
      const stack = stacks[d.char];
      const other = stacks[d.char === '*' ? '_' : '*'];
      while (d.left > 0 && stack.length > 0) {
        const at = stack[stack.length - 1];
        const o = tokens[at] as Delim;
        const use = d.left >= 2 && o.left >= 2 ? 2 : 1;
        const tag = use === 2 ? 'strong' : 'em';
        o.opens.push(tag);
        d.closes.push(tag);
        o.left -= use;
        d.left -= use;
        if (o.left === 0) stack.pop();
        while (other.length > 0 && other[other.length - 1] > at) other.pop();
      }
    }
    if (d.canOpen && d.left > 0) stacks[d.char].push(k);
  });
}

function render(tokens: Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'text') out += escapeHtml(t.text);
    else if (t.kind === 'html') out += t.html;
    else {
      for (const tag of t.closes) out += `</${tag}>`;
      out += t.char.repeat(t.left);
      for (let k = t.opens.length - 1; k >= 0; k--) out += `<${t.opens[k]}>`;
    }
  }
  return out;
}

/** Start and length of every run of backticks, and for each the next run of the same length. */
function backtickRuns(text: string) {
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i)) {
    let end = i;
    while (text[end] === '`') end++;
    starts.push(i);
    lengths.push(end - i);
    i = end;
  }
  const next: number[] = new Array<number>(starts.length).fill(-1);
  const seen = new Map<number, number>();
  for (let r = starts.length - 1; r >= 0; r--) {
    next[r] = seen.get(lengths[r]) ?? -1;
    seen.set(lengths[r], r);
  }
  return { starts, lengths, next };
}

/**
 * The code spans of a text, asked with increasing positions of a backtick run: the run's length
 * and where the run that closes it starts (-1 when none does, and the run is text).
 */
export function codeSpanFinder(text: string): (at: number) => { len: number; close: number } {
  const runs = backtickRuns(text);
  let run = 0;
  return (at) => {
    while (runs.starts[run] < at) run++;
    const closer = runs.next[run];
    return { len: runs.lengths[run], close: closer >= 0 ? runs.starts[closer] : -1 };
  };
}

/** A `[label](url)` found in a text: its parts and where it ends. */
export interface FoundLink {
  label: string;
  url: string;
  end: number;
}

/**
 * Finds `[label](url)` links in one text, asked with increasing positions of `[`. Where the next
 * `[` and `]` are only moves forward, so finding every link of a text stays linear.
 */
export function linkFinder(text: string): (at: number) => FoundLink | null {
  let nextOpen = -1;
  let nextClose = -1;
  return (at) => {
    if (nextClose <= at) nextClose = indexOrEnd(text, ']', at + 1);
    if (nextOpen <= at) nextOpen = indexOrEnd(text, '[', at + 1);
    const close = nextClose;
    if (close >= text.length || nextOpen < close || text[close + 1] !== '(') return null;
    // The URL ends at its `)`; brackets and spaces end the search, which keeps it short.
    let end = close + 2;
    let depth = 0;
    for (; end < text.length; end++) {
      const c = text[end];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (c === '[' || c === ']' || isSpace(c)) return null;
    }
    const url = text.slice(close + 2, end);
    if (end >= text.length || url === '') return null;
    return { label: text.slice(at + 1, close), url, end: end + 1 };
  };
}

function codeSpan(content: string): string {
  let code = content.replace(/\n/g, ' ');
  if (code.length > 2 && code[0] === ' ' && code[code.length - 1] === ' ' && code.trim() !== '') {
    code = code.slice(1, -1);
  }
  return `<code>${escapeHtml(code)}</code>`;
}

export function inlineHtml(text: string): string {
  const tokens: Token[] = [];
  const findCodeSpan = codeSpanFinder(text);
  const findLink = linkFinder(text);
  let plain = 0;
  const flush = (to: number) => {
    if (to > plain) tokens.push({ kind: 'text', text: text.slice(plain, to) });
  };

  /** `[text](url)` from `[` at `at`: its HTML and where it ends, or null. */
  const link = (at: number): { html: string; end: number } | null => {
    const found = findLink(at);
    if (!found) return null;
    const { label, url, end } = found;
    const shown = label === url ? '' : `${inlineHtml(label)} `;
    return { html: `${shown}<span class="url">[${escapeHtml(url)}]</span>`, end };
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '`') {
      const { len, close } = findCodeSpan(i);
      flush(i);
      if (close >= 0) {
        tokens.push({ kind: 'html', html: codeSpan(text.slice(i + len, close)) });
        i = close + len;
      } else {
        tokens.push({ kind: 'text', text: text.slice(i, i + len) });
        i += len;
      }
      plain = i;
    } else if (c === '[' || (c === '!' && text[i + 1] === '[')) {
      // An image is shown like a link: the report loads nothing.
      const from = c === '!' ? i + 1 : i;
      const found = link(from);
      if (!found) {
        i = from + 1;
        continue;
      }
      flush(i);
      tokens.push({ kind: 'html', html: found.html });
      i = plain = found.end;
    } else if (c === '*' || c === '_') {
      let end = i;
      while (text[end] === c) end++;
      flush(i);
      tokens.push(delimiter(text, i, end));
      i = plain = end;
    } else if (
      c === '\\' &&
      i + 1 < text.length &&
      (text[i + 1] === '\n' || isPunct(text[i + 1]))
    ) {
      flush(i);
      if (text[i + 1] === '\n') tokens.push({ kind: 'html', html: '<br>' });
      else tokens.push({ kind: 'text', text: text[i + 1] });
      i = plain = i + 2;
    } else if (c === '\n') {
      flush(i);
      tokens.push({ kind: 'html', html: '<br>' });
      i = plain = i + 1;
    } else i++;
  }
  flush(text.length);
  pairEmphasis(tokens);
  return render(tokens);
}

function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}
