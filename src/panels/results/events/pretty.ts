/** How an event's raw text reads best when expanded. */
export type RawFormat = 'json' | 'xml' | 'kv' | 'text';

// Names as Elastic and Splunk write them: `@timestamp`, `user.name`, `src-ip`.
const KV = /([A-Za-z_@][\w.@-]*)=("(?:[^"\\]|\\.)*"|'[^']*'|[^\s,;]*)/g;

function prettyJson(raw: string): string | null {
  const trimmed = raw.trim();
  if (!(trimmed.startsWith('{') || trimmed.startsWith('['))) return null;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return null;
  }
}

/** Indents tags by nesting, on the text alone (no parser, nothing is ever treated as markup). */
function prettyXml(raw: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed.startsWith('<') || !trimmed.endsWith('>')) return null;
  const tokens = trimmed.split(/(<[^>]+>)/).filter((s) => s.trim() !== '');
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i].trim();
    const isTag = tok.startsWith('<');
    if (isTag && tok.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push('  '.repeat(depth) + tok);
    } else if (isTag && !tok.startsWith('<?') && !tok.startsWith('<!') && !tok.endsWith('/>')) {
      // <a>text</a> stays on one line.
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (text !== undefined && !text.startsWith('<') && close?.trim().startsWith('</')) {
        lines.push('  '.repeat(depth) + tok + text.trim() + close.trim());
        i += 2;
      } else {
        lines.push('  '.repeat(depth) + tok);
        depth++;
      }
    } else {
      lines.push('  '.repeat(depth) + tok);
    }
  }
  return lines.join('\n');
}

/** key=value pairs one per line, the `=` signs aligned; only when pairs make most of the text. */
function prettyKv(raw: string): string | null {
  const pairs = [...raw.matchAll(KV)];
  if (pairs.length < 3) return null;
  const covered = pairs.reduce((n, m) => n + m[0].length, 0);
  if (covered < raw.replace(/\s+/g, '').length * 0.6) return null;
  const width = Math.max(...pairs.map((m) => m[1].length));
  const head = raw.slice(0, pairs[0].index).trim();
  const lines = pairs.map((m) => `${m[1].padEnd(width)} = ${m[2]}`);
  return (head ? head + '\n' : '') + lines.join('\n');
}

/** The raw text laid out for reading: JSON indented, XML indented, key=value aligned. */
export function prettyRaw(raw: string): { format: RawFormat; text: string } {
  const json = prettyJson(raw);
  if (json !== null) return { format: 'json', text: json };
  const xml = prettyXml(raw);
  if (xml !== null) return { format: 'xml', text: xml };
  const kv = prettyKv(raw);
  if (kv !== null) return { format: 'kv', text: kv };
  return { format: 'text', text: raw };
}
