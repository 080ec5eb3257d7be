/**
 * Importing a hunt file: check it whole, then install it, or ask first when it would replace an
 * installed hunt of the same id. A file with any problem is refused with all of them and
 * changes nothing.
 */
import { getDb, type WorkbookDB } from '../data/db/db';
import { loadProgress } from '../data/progress/progress';
import { progressLost, type KeptIds } from '../data/progress/prune';
import type { HuntFile } from '../hunts/format/file-types';
import { MAX_HUNT_FILE_BYTES } from '../hunts/format/parse';
import type { HuntProblem } from '../hunts/format/problems';
import { huntEntry, huntOf, useHunts, type HuntEntry } from './hunts';
import { useProgress } from './progress';
import { messageOf } from '../engine';

export type HuntImportState =
  | { phase: 'idle' }
  | { phase: 'checking'; file: string }
  | { phase: 'refused'; file: string; problems: HuntProblem[] }
  | { phase: 'failed'; file: string; message: string; tooLarge?: boolean }
  | {
      phase: 'confirm';
      entry: HuntEntry;
      current: HuntEntry;
      kept: KeptIds;
      lost: { answers: number; notes: number };
    }
  | { phase: 'done'; outcome: 'imported' | 'same' | 'kept'; title: string };

/** The steps and questions of a hunt file: what a learner's progress may keep. */
export function keptIds(file: HuntFile): KeptIds {
  const steps = file.sections.flatMap((s) => s.steps);
  return {
    steps: new Set(steps.map((s) => s.id)),
    questions: new Set(steps.flatMap((s) => (s.questions ?? []).map((q) => q.id))),
  };
}

function titleOf(entry: HuntEntry): string {
  return huntOf(entry)?.title ?? entry.id;
}

type HuntsStore = typeof useHunts;

async function install(store: HuntsStore, entry: HuntEntry, kept: KeptIds | null): Promise<void> {
  await store.getState().install(entry, kept);
  // A learner with this hunt open sees the pruned progress at once.
  if (kept && useProgress.getState().huntId === entry.id) await useProgress.getState().reloaded();
}

/**
 * Checks a file and installs it when nothing is in the way; else says what stops it. The store
 * and database are the app's unless a test gives its own.
 */
export async function importHuntFile(
  file: File,
  store: HuntsStore = useHunts,
  db: () => WorkbookDB = getDb,
): Promise<HuntImportState> {
  const name = file.name;
  if (file.size > MAX_HUNT_FILE_BYTES) {
    return { phase: 'failed', file: name, message: '', tooLarge: true };
  }
  try {
    const entry = huntEntry(await file.text(), name, 'imported');
    const hunt = entry.parsed.hunt;
    if (!hunt) return { phase: 'refused', file: name, problems: entry.parsed.problems };
    const { imported, bundled } = store.getState();
    const current = imported.find((e) => e.id === hunt.id) ?? bundled.find((e) => e.id === hunt.id);
    if (current?.text === entry.text)
      return { phase: 'done', outcome: 'same', title: titleOf(entry) };
    if (current) {
      const kept = keptIds(hunt);
      const lost = progressLost(await loadProgress(hunt.id, db()), kept);
      return { phase: 'confirm', entry, current, kept, lost };
    }
    await install(store, entry, null);
    return { phase: 'done', outcome: 'imported', title: titleOf(entry) };
  } catch (err) {
    return { phase: 'failed', file: name, message: messageOf(err) };
  }
}

/** The learner's answer to "replace it?". */
export async function confirmHuntImport(
  state: Extract<HuntImportState, { phase: 'confirm' }>,
  replace: boolean,
  store: HuntsStore = useHunts,
): Promise<HuntImportState> {
  if (!replace) return { phase: 'done', outcome: 'kept', title: titleOf(state.current) };
  try {
    await install(store, state.entry, state.kept);
    return { phase: 'done', outcome: 'imported', title: titleOf(state.entry) };
  } catch (err) {
    return { phase: 'failed', file: state.entry.fileName, message: messageOf(err) };
  }
}
