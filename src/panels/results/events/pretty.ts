import { layOutJson } from './pretty-json';
import { layOutKv } from './pretty-kv';
import { layOutXml } from './pretty-xml';

/** How an event's raw text reads best when expanded. */
export type RawFormat = 'json' | 'xml' | 'kv' | 'text';

/**
 * Characters of an event laid out; the rest is shown as it is. Log data is written by attackers:
 * the layout is linear in its input and bounded in its output (see MAX_INDENT), and an event of
 * megabytes is not laid out whole on the page's thread.
 */
export const PRETTY_LIMIT = 32 * 1024;

/** An event's raw text laid out: `text` up to PRETTY_LIMIT, `rest` the remainder as written. */
export interface PrettyRaw {
  format: RawFormat;
  text: string;
  rest: string;
}

function isJson(trimmed: string): boolean {
  if (!(trimmed.startsWith('{') || trimmed.startsWith('['))) return false;
  try {
    // Only to tell JSON from text: linear, and not recursive in V8 whatever the nesting.
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/** The raw text laid out for reading: JSON indented, XML indented, key=value aligned. */
export function prettyRaw(raw: string, limit = PRETTY_LIMIT): PrettyRaw {
  const trimmed = raw.trim();
  if (isJson(trimmed)) return { format: 'json', ...layOutJson(trimmed, limit) };
  if (trimmed.startsWith('<') && trimmed.endsWith('>')) {
    return { format: 'xml', ...layOutXml(trimmed, limit) };
  }
  const kv = layOutKv(raw, limit);
  if (kv !== null) return { format: 'kv', ...kv };
  return { format: 'text', text: raw, rest: '' };
}
