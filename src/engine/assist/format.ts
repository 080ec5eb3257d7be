import { blankComments, splitCommands } from '../parse/lexer';

/**
 * Puts each top-level command of a search on its own line starting with `| `, as Splunk's
 * Ctrl+\ does. Text in quotes, comments and subsearches is kept as written; a query whose
 * brackets or quotes are not closed is returned unchanged.
 */
export function formatSearch(query: string): string {
  let parts: Array<[number, number]>;
  try {
    parts = splitCommands(blankComments(query), 0, query.length);
  } catch {
    return query;
  }
  const texts = parts.map(([a, b]) => query.slice(a, b).trim());
  const [first, ...rest] = texts;
  const lines = first === '' ? [] : [first];
  for (const t of rest) lines.push(`| ${t}`);
  return lines.join('\n');
}
