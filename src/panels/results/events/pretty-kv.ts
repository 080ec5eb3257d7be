import { OUTPUT_LIMIT, type Laid } from './pretty-layout';

/** Keys longer than this are not padded to: one long key must not widen every line. */
const ALIGN_LIMIT = 32;

interface Pair {
  at: number;
  key: string;
  value: string;
  end: number;
}

// Names as Elastic and Splunk write them: `@timestamp`, `user.name`, `src-ip`.
const isKeyStart = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 64; /* A-Z a-z _ @ */
const isKeyChar = (c: number) =>
  isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45; /* and 0-9 . - */
const endsBareValue = (c: string) => /[\s,;]/.test(c);

/**
 * Finds `key=value` pairs in one pass: a key is a run of `[A-Za-z_@][\w.@-]*` directly before `=`;
 * a value is a double-quoted string (backslash escapes), a single-quoted one, or the text up to
 * a space, `,` or `;`. The same pairs as /([A-Za-z_@][\w.@-]*)=("(?:[^"\\]|\\.)*"|'[^']*'|[^\s,;]*)/g,
 * which took time quadratic in a long run of word characters (30 KB: 1 s, 100 KB: 21 s).
 */
export function findPairs(text: string): Pair[] {
  const pairs: Pair[] = [];
  // A quoted value ends at the next unescaped quote. A scan that finds none reads to the end, but
  // only once: every later opening quote follows `=`, so such a scan would have stopped there.
  const closingQuote = (open: number): number => {
    for (let k = open + 1; k < text.length; k++) {
      if (text[k] === '\\') k++;
      else if (text[k] === '"') return k;
    }
    return -1;
  };
  let i = 0;
  while (i < text.length) {
    if (!isKeyChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // A run of key characters; a key starts at its first letter or `_` and needs `=` after it.
    const runStart = i;
    while (i < text.length && isKeyChar(text.charCodeAt(i))) i++;
    if (text[i] !== '=') continue;
    let keyStart = runStart;
    while (keyStart < i && !isKeyStart(text.charCodeAt(keyStart))) keyStart++;
    if (keyStart === i) continue;
    const valueStart = i + 1;
    let end = -1;
    if (text[valueStart] === '"') {
      const close = closingQuote(valueStart);
      if (close >= 0) end = close + 1;
    } else if (text[valueStart] === "'") {
      const close = text.indexOf("'", valueStart + 1);
      if (close >= 0) end = close + 1;
    }
    if (end < 0) {
      end = valueStart;
      while (end < text.length && !endsBareValue(text[end])) end++;
    }
    pairs.push({
      at: keyStart,
      key: text.slice(keyStart, i),
      value: text.slice(valueStart, end),
      end,
    });
    i = end;
  }
  return pairs;
}

/** The last space at or before `limit`, so that no pair is cut in two; `limit` if none. */
function cutAt(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  for (let i = limit; i > 0; i--) if (/\s/.test(text[i])) return i;
  return limit;
}

/**
 * key=value pairs one per line, the `=` signs aligned (up to ALIGN_LIMIT); only when pairs make
 * most of the text. Lays out the text up to the last space within `limit`, and up to
 * OUTPUT_LIMIT characters written.
 */
export function layOutKv(raw: string, limit: number): Laid | null {
  const cut = cutAt(raw, limit);
  const head = raw.slice(0, cut);
  const pairs = findPairs(head);
  if (pairs.length < 3) return null;
  let covered = 0;
  let width = 0;
  for (const p of pairs) {
    covered += p.end - p.at;
    if (p.key.length <= ALIGN_LIMIT) width = Math.max(width, p.key.length);
  }
  if (covered < head.replace(/\s+/g, '').length * 0.6) return null;
  const lead = head.slice(0, pairs[0].at).trim();
  const lines = lead ? [lead] : [];
  let written = lead.length;
  for (const p of pairs) {
    if (written >= OUTPUT_LIMIT) return { text: lines.join('\n'), rest: raw.slice(p.at) };
    const line = `${p.key.padEnd(width)} = ${p.value}`;
    lines.push(line);
    written += line.length + 1;
  }
  return { text: lines.join('\n'), rest: raw.slice(cut) };
}
