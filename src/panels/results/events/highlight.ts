import { parseSearch, type SearchExpr } from '../../../engine';

/**
 * The words a query looks for in events: free-text terms and phrases, and the values of
 * `field=value` / `field IN (...)` tests, from every `search` command (the base search too).
 * Negated parts are left out: they are what the events do not hold. Wildcards split a term.
 */
export function highlightTerms(query: string): string[] {
  let pipeline;
  try {
    pipeline = parseSearch(query);
  } catch {
    return [];
  }
  const terms = new Set<string>();
  const add = (text: string) => {
    // A `*` side of a part may run into other letters; a plain side must end the word.
    const parts = text.toLowerCase().split('*');
    parts.forEach((part, i) => {
      if (part.trim().length === 0) return;
      const open = i > 0 ? '*' : '';
      const close = i < parts.length - 1 ? '*' : '';
      terms.add(open + part + close);
    });
  };
  const walk = (e: SearchExpr) => {
    switch (e.kind) {
      case 'and':
      case 'or':
        e.items.forEach(walk);
        return;
      case 'term':
      case 'phrase':
        add(e.text);
        return;
      case 'compare':
        if (e.op === '=') add(e.value);
        return;
      case 'in':
        e.values.forEach(add);
        return;
      case 'not':
      case 'all':
        return;
    }
  };
  for (const command of pipeline.commands) {
    if (command.name === 'search') walk(command.args as SearchExpr);
  }
  // Longest first, so that a long term wins where two overlap.
  return [...terms].sort((a, b) => b.length - a.length);
}

function isWordChar(code: number): boolean {
  // Letters and digits: Splunk's breakers (space, punctuation, `_`) end a term, these do not.
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code > 127;
}

export interface TextPart {
  text: string;
  hit: boolean;
}

/**
 * Splits text into plain and matched parts (case-insensitive, whole words unless the term has a
 * `*` on that side), for rendering as text spans.
 */
export function splitHighlights(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || text === '') return [{ text, hit: false }];
  const lower = text.toLowerCase();
  const marks = new Uint8Array(text.length);
  let any = false;
  for (const written of terms) {
    const openStart = written.startsWith('*');
    const openEnd = written.endsWith('*') && written.length > 1;
    const term = written.slice(openStart ? 1 : 0, openEnd ? -1 : undefined);
    if (term === '') continue;
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
      const end = at + term.length;
      // `port` is not highlighted inside `export`, as the search would not match it there.
      if (!openStart && at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
      if (!openEnd && end < lower.length && isWordChar(lower.charCodeAt(end))) continue;
      marks.fill(1, at, end);
      any = true;
    }
  }
  if (!any) return [{ text, hit: false }];
  const parts: TextPart[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[from]) {
      parts.push({ text: text.slice(from, i), hit: marks[from] === 1 });
      from = i;
    }
  }
  return parts;
}
