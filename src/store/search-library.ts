import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { SearchView } from '../hunts/types';

/** A search as run: its text and time range (epoch ms, latest exclusive; absent: open). */
export interface SearchRecord {
  query: string;
  earliest?: number;
  latest?: number;
}

export interface HistoryEntry extends SearchRecord {
  /** When it ran, epoch ms. */
  at: number;
  /** Results (events matched, or rows of a table). */
  count: number;
}

export interface SavedSearch extends SearchRecord {
  id: string;
  name: string;
  view?: SearchView;
  savedAt: number;
}

/** Runs kept, newest first; older ones drop off, as Splunk's search history keeps a window. */
export const HISTORY_MAX = 500;
/** A query longer than this is not kept in the history (a pasted log, not a search). */
export const QUERY_MAX = 20_000;
export const SAVED_MAX = 1000;
const VIEWS: readonly SearchView[] = ['events', 'table', 'statistics', 'timechart', 'side-by-side'];

interface SearchLibraryState {
  history: HistoryEntry[];
  saved: SavedSearch[];
  record(entry: HistoryEntry): void;
  clearHistory(): void;
  save(search: Omit<SavedSearch, 'id' | 'savedAt'>): SavedSearch;
  rename(id: string, name: string): void;
  remove(id: string): void;
  /** Adds searches read from a file; one with a name already saved replaces it. */
  importSaved(searches: Omit<SavedSearch, 'id'>[]): { added: number; replaced: number };
}

// Defined before the store: it reads the stored state as the module loads.
const optionalTime = (v: unknown) => v === undefined || (typeof v === 'number' && isFinite(v));

function isHistoryEntry(v: unknown): v is HistoryEntry {
  const h = v as HistoryEntry;
  return (
    typeof h === 'object' &&
    h !== null &&
    typeof h.query === 'string' &&
    typeof h.at === 'number' &&
    typeof h.count === 'number' &&
    optionalTime(h.earliest) &&
    optionalTime(h.latest)
  );
}

function isSavedSearch(v: unknown): v is SavedSearch {
  const s = v as SavedSearch;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.id === 'string' &&
    typeof s.name === 'string' &&
    typeof s.query === 'string' &&
    typeof s.savedAt === 'number' &&
    optionalTime(s.earliest) &&
    optionalTime(s.latest) &&
    (s.view === undefined || VIEWS.includes(s.view))
  );
}

let counter = 0;
const newId = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

export const useSearchLibrary = create<SearchLibraryState>()(
  persist(
    (set, get) => ({
      history: [],
      saved: [],
      record: (entry) => {
        if (entry.query.length > QUERY_MAX) return;
        const same = (h: HistoryEntry) =>
          h.query === entry.query && h.earliest === entry.earliest && h.latest === entry.latest;
        // Running a search again moves it to the top instead of listing it twice.
        const rest = get().history.filter((h) => !same(h));
        set({ history: [entry, ...rest].slice(0, HISTORY_MAX) });
      },
      clearHistory: () => set({ history: [] }),
      save: (search) => {
        const saved: SavedSearch = { ...search, id: newId(), savedAt: Date.now() };
        set({ saved: [saved, ...get().saved].slice(0, SAVED_MAX) });
        return saved;
      },
      rename: (id, name) =>
        set({ saved: get().saved.map((s) => (s.id === id ? { ...s, name } : s)) }),
      remove: (id) => set({ saved: get().saved.filter((s) => s.id !== id) }),
      importSaved: (searches) => {
        let saved = get().saved;
        let added = 0;
        let replaced = 0;
        for (const s of searches) {
          const existing = saved.find((x) => x.name === s.name);
          if (existing) {
            replaced++;
            saved = saved.map((x) => (x === existing ? { ...s, id: existing.id } : x));
          } else {
            added++;
            saved = [{ ...s, id: newId() }, ...saved];
          }
        }
        set({ saved: saved.slice(0, SAVED_MAX) });
        return { added, replaced };
      },
    }),
    {
      name: 'hunting-workbook.searches',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ history: s.history, saved: s.saved }),
      // A hand-edited or damaged store must not break the search page: bad entries are dropped.
      merge: (persisted, current) => {
        const p = persisted as { history?: unknown; saved?: unknown } | undefined;
        const history = Array.isArray(p?.history)
          ? p.history.filter(isHistoryEntry).slice(0, HISTORY_MAX)
          : [];
        const saved = Array.isArray(p?.saved) ? p.saved.filter(isSavedSearch) : [];
        return { ...current, history, saved };
      },
    },
  ),
);

/** The file format of exported saved searches. */
export const SAVED_FILE_FORMAT = 'hunting-workbook/saved-searches';

export function exportSaved(saved: readonly SavedSearch[]): string {
  const searches = saved.map(({ name, query, earliest, latest, view, savedAt }) => ({
    name,
    query,
    earliest,
    latest,
    view,
    savedAt,
  }));
  return `${JSON.stringify({ format: SAVED_FILE_FORMAT, version: 1, searches }, null, 2)}\n`;
}

/** Why a file of saved searches was refused; `where` names the entry (1-based) or the file. */
export class SavedFileError extends Error {
  constructor(
    readonly problem: 'json' | 'format' | 'entry',
    readonly entry?: number,
    readonly field?: string,
  ) {
    super(`${problem}${entry ? ` ${entry}` : ''}${field ? ` (${field})` : ''}`);
    this.name = 'SavedFileError';
  }
}

/**
 * Reads an exported file. Any bad entry refuses the whole file (SavedFileError naming the entry
 * and field), so an import never stores half of it.
 */
export function parseSavedFile(text: string): Omit<SavedSearch, 'id'>[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SavedFileError('json');
  }
  const file = data as { format?: unknown; searches?: unknown };
  if (
    typeof file !== 'object' ||
    file === null ||
    file.format !== SAVED_FILE_FORMAT ||
    !Array.isArray(file.searches)
  ) {
    throw new SavedFileError('format');
  }
  return file.searches.map((raw: unknown, i) => {
    const s = raw as Record<string, unknown>;
    const bad = (field: string) => new SavedFileError('entry', i + 1, field);
    if (typeof s !== 'object' || s === null) throw bad('search');
    if (typeof s.name !== 'string' || s.name.trim() === '') throw bad('name');
    if (typeof s.query !== 'string' || s.query.length > QUERY_MAX) throw bad('query');
    if (!optionalTime(s.earliest ?? undefined)) throw bad('earliest');
    if (!optionalTime(s.latest ?? undefined)) throw bad('latest');
    if (s.view !== undefined && !VIEWS.includes(s.view as SearchView)) throw bad('view');
    return {
      name: s.name.trim(),
      query: s.query,
      earliest: (s.earliest as number | null) ?? undefined,
      latest: (s.latest as number | null) ?? undefined,
      view: s.view as SearchView | undefined,
      savedAt: typeof s.savedAt === 'number' ? s.savedAt : Date.now(),
    };
  });
}
