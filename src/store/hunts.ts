import { useMemo } from 'react';
import { create } from 'zustand';
import { getDb, type WorkbookDB } from '../data/db/db';
import { deleteHuntFile, loadHuntFiles, saveHuntFile } from '../data/db/hunt-files';
import { fetchBundledHunts, type BundledFile } from '../hunts/fetch-bundled';
import type { KeptIds } from '../data/progress/prune';
import { parseHuntFile, type ParsedHuntFile } from '../hunts/format/parse';
import { resolveHunt } from '../hunts/format/resolve';
import type { Hunt } from '../hunts/types';
import { getLocale } from '../i18n/messages';
import { messageOf } from '../engine';

/** Where a hunt comes from: the app, the user's import, or a file open in author mode. */
export type HuntOrigin = 'bundled' | 'imported' | 'draft';

export interface HuntEntry {
  /** The hunt's id; for a stored file that no longer reads, its file name. */
  id: string;
  origin: HuntOrigin;
  fileName: string;
  /** The file as written: what export saves. */
  text: string;
  parsed: ParsedHuntFile;
  importedAt?: number;
}

interface HuntsState {
  status: 'idle' | 'loading' | 'ready';
  bundled: HuntEntry[];
  imported: HuntEntry[];
  /** The file open in author mode; it stands in for the hunt of the same id while open. */
  draft: HuntEntry | null;
  /** Why the bundled hunts could not be read, if they could not. */
  error: string | null;
  load: () => Promise<void>;
  /** Stores an imported file (replacing one of the same id); `kept` prunes progress. */
  install: (entry: HuntEntry, kept: KeptIds | null) => Promise<void>;
  remove: (id: string) => Promise<void>;
  setDraft: (entry: HuntEntry | null) => void;
}

/** Reads a hunt file's text into an entry (its problems included; nothing is stored). */
export function huntEntry(
  text: string,
  fileName: string,
  origin: HuntOrigin,
  importedAt?: number,
): HuntEntry {
  // A byte order mark is an editor's habit, not part of the YAML.
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = parseHuntFile(clean, fileName);
  return { id: parsed.hunt?.id ?? fileName, origin, fileName, text: clean, parsed, importedAt };
}

/** The app's base URL; Vite sets it (tests that never fetch have none). */
function baseUrl(): string {
  return (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
}

/** The hunts store, with what it reads from injectable for tests. */
export function createHuntsStore(
  bundledSource: () => Promise<BundledFile[]> = () => fetchBundledHunts(baseUrl()),
  db: () => WorkbookDB = getDb,
) {
  return create<HuntsState>()((set, get) => ({
    status: 'idle',
    bundled: [],
    imported: [],
    draft: null,
    error: null,
    load: async () => {
      if (get().status !== 'idle') return;
      set({ status: 'loading' });
      const [bundled, stored] = await Promise.allSettled([bundledSource(), loadHuntFiles(db())]);
      const errors: string[] = [];
      const bundledEntries =
        bundled.status === 'fulfilled'
          ? bundled.value.map((f) => huntEntry(f.text, f.fileName, 'bundled'))
          : (errors.push(messageOf(bundled.reason)), []);
      const imported =
        stored.status === 'fulfilled'
          ? stored.value.map((r) => huntEntry(r.text, r.fileName, 'imported', r.importedAt))
          : (errors.push(messageOf(stored.reason)), []);
      set({
        status: 'ready',
        bundled: bundledEntries,
        imported,
        error: errors.length ? errors.join('; ') : null,
      });
    },
    install: async (entry, kept) => {
      const hunt = entry.parsed.hunt;
      if (!hunt) throw new Error('a hunt file with problems is not installed');
      const importedAt = Date.now();
      await saveHuntFile(
        { id: hunt.id, fileName: entry.fileName, text: entry.text, importedAt },
        kept,
        db(),
      );
      const stored: HuntEntry = { ...entry, id: hunt.id, origin: 'imported', importedAt };
      set({ imported: [...get().imported.filter((e) => e.id !== hunt.id), stored] });
    },
    remove: async (id) => {
      await deleteHuntFile(id, db());
      set({ imported: get().imported.filter((e) => e.id !== id) });
    },
    setDraft: (draft) => set({ draft }),
  }));
}

export const useHunts = createHuntsStore();

type Lists = Pick<HuntsState, 'bundled' | 'imported' | 'draft'>;

/**
 * The hunts the library offers, one per id: a draft open in author mode over an imported file
 * over a bundled one. Bundled hunts first, in their index's order, then the imported ones.
 */
export function visibleHunts(s: Lists): HuntEntry[] {
  const byId = new Map<string, HuntEntry>();
  for (const e of [...s.bundled, ...s.imported]) byId.set(e.id, e);
  if (s.draft?.parsed.hunt) byId.set(s.draft.id, s.draft);
  const order = [...s.bundled, ...s.imported].map((e) => e.id);
  if (s.draft) order.push(s.draft.id);
  return [...new Set(order)].flatMap((id) => byId.get(id) ?? []);
}

/** The entry shown for a hunt id, if any. */
export function entryOf(s: Lists, id: string): HuntEntry | undefined {
  if (s.draft?.id === id && s.draft.parsed.hunt) return s.draft;
  return s.imported.find((e) => e.id === id) ?? s.bundled.find((e) => e.id === id);
}

const resolved = new WeakMap<ParsedHuntFile, Map<string, Hunt>>();

/** An entry's hunt in a language (the UI's by default); null when its file has problems. */
export function huntOf(entry: HuntEntry, language = getLocale()): Hunt | null {
  const file = entry.parsed.hunt;
  if (!file) return null;
  let byLanguage = resolved.get(entry.parsed);
  if (!byLanguage) resolved.set(entry.parsed, (byLanguage = new Map()));
  let hunt = byLanguage.get(language);
  if (!hunt) byLanguage.set(language, (hunt = resolveHunt(file, language, entry.parsed.lineOf)));
  return hunt;
}

/** A hunt by id, outside React (the presenter's store); undefined while unknown. */
export function getHunt(id: string): Hunt | undefined {
  const entry = entryOf(useHunts.getState(), id);
  return entry ? (huntOf(entry) ?? undefined) : undefined;
}

/** A hunt by id: undefined while the hunts load, null when there is none. */
export function useHunt(id: string): Hunt | null | undefined {
  const entry = useHunts((s) => entryOf(s, id));
  const ready = useHunts((s) => s.status === 'ready');
  // Read at render: a change of the interface's language re-renders the app.
  const language = getLocale();
  return useMemo(
    () => (entry ? huntOf(entry, language) : ready ? null : undefined),
    [entry, ready, language],
  );
}

/** The library's hunts, as `visibleHunts`, kept stable between renders. */
export function useVisibleHunts(): HuntEntry[] {
  const bundled = useHunts((s) => s.bundled);
  const imported = useHunts((s) => s.imported);
  const draft = useHunts((s) => s.draft);
  return useMemo(() => visibleHunts({ bundled, imported, draft }), [bundled, imported, draft]);
}
