/**
 * Index names, checked as Splunk checks them when an index is created: only lower-case letters,
 * digits, underscores and hyphens; not starting with an underscore or a hyphen (those are
 * Splunk's internal indexes); never containing the word `kvstore`. One rule for the app's import
 * and the command line's `--index`.
 */

/** The index of an event that names none, as Splunk's own upload assigns. */
export const DEFAULT_INDEX = 'main';

export type IndexNameProblem = 'empty' | 'characters' | 'start' | 'kvstore';

/** What is wrong with an index name, or null when Splunk would accept it. */
export function indexNameProblem(name: string): IndexNameProblem | null {
  if (name === '') return 'empty';
  if (!/^[a-z0-9_-]+$/.test(name)) return 'characters';
  if (name[0] === '_' || name[0] === '-') return 'start';
  if (name.includes('kvstore')) return 'kvstore';
  return null;
}

/** The problem in words, for the command line (the app words it through its catalogue). */
export const INDEX_NAME_RULES: Record<IndexNameProblem, string> = {
  empty: 'an index name cannot be empty',
  characters: 'an index name may hold only lower-case letters, digits, underscores and hyphens',
  start: 'an index name cannot start with an underscore or a hyphen',
  kvstore: 'an index name cannot contain "kvstore"',
};
