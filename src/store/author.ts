/**
 * Author mode: a hunt file open from disk, read again whenever it changes. Where the browser has
 * the File System Access API the file is watched (its handle polled once a second); elsewhere
 * the author presses Reload. Each reading is checked; a sound one becomes the draft that stands
 * in for the hunt of its id, a broken one only lists its problems and the last sound draft
 * stays on show.
 */
import { create } from 'zustand';
import type { HuntProblem } from '../hunts/format/problems';
import { huntEntry, useHunts } from './hunts';

/** The part of the File System Access API author mode uses (not in TypeScript's DOM types). */
interface FileHandle {
  name: string;
  getFile(): Promise<File>;
}
type OpenFilePicker = (options: {
  types: { description: string; accept: Record<string, string[]> }[];
  multiple: false;
}) => Promise<FileHandle[]>;

/** How often a watched file is looked at. */
export const WATCH_MS = 1000;

interface AuthorState {
  fileName: string | null;
  mode: 'watch' | 'manual' | null;
  problems: HuntProblem[];
  /** When the file was last read and checked (epoch ms). */
  checkedAt: number | null;
  /** A reading failed: the browser no longer gives the file (moved, or a stale File). */
  readFailed: boolean;
  /** Opens the file picker of the File System Access API; false where there is none. */
  pick: () => Promise<boolean>;
  /** Opens a file chosen through an input (no watching). */
  openFile: (file: File) => Promise<void>;
  reload: () => Promise<void>;
  close: () => void;
}

let source: { handle: FileHandle } | { file: File } | null = null;
let timer: ReturnType<typeof setInterval> | null = null;
let seen = '';

function picker(): OpenFilePicker | null {
  const w = globalThis as { showOpenFilePicker?: OpenFilePicker };
  return typeof w.showOpenFilePicker === 'function' ? w.showOpenFilePicker.bind(globalThis) : null;
}

export const useAuthor = create<AuthorState>()((set, get) => {
  /** Reads the file; checks and shows it when it changed since the last reading. */
  const read = async (force = false): Promise<void> => {
    const from = source;
    if (!from) return;
    let file: File;
    let text: string;
    try {
      file = 'handle' in from ? await from.handle.getFile() : from.file;
      const stamp = `${file.lastModified}:${file.size}`;
      if (!force && stamp === seen) return;
      text = await file.text();
      seen = stamp;
    } catch {
      if (source === from) set({ readFailed: true });
      return;
    }
    if (source !== from) return;
    const entry = huntEntry(text, file.name, 'draft');
    set({ problems: entry.parsed.problems, checkedAt: Date.now(), readFailed: false });
    if (entry.parsed.hunt) useHunts.getState().setDraft(entry);
  };

  const start = async (next: typeof source, fileName: string, mode: 'watch' | 'manual') => {
    get().close();
    source = next;
    seen = '';
    set({ fileName, mode, problems: [], checkedAt: null, readFailed: false });
    await read(true);
    if (mode === 'watch') timer = setInterval(() => void read(), WATCH_MS);
  };

  return {
    fileName: null,
    mode: null,
    problems: [],
    checkedAt: null,
    readFailed: false,
    pick: async () => {
      const open = picker();
      if (!open) return false;
      let handles: FileHandle[];
      try {
        handles = await open({
          types: [{ description: 'Hunt file', accept: { 'application/yaml': ['.yaml', '.yml'] } }],
          multiple: false,
        });
      } catch {
        return true; // The author cancelled the picker.
      }
      if (handles[0]) await start({ handle: handles[0] }, handles[0].name, 'watch');
      return true;
    },
    openFile: (file) => start({ file }, file.name, 'manual'),
    reload: () => read(true),
    close: () => {
      if (timer) clearInterval(timer);
      timer = null;
      source = null;
      seen = '';
      set({ fileName: null, mode: null, problems: [], checkedAt: null, readFailed: false });
      useHunts.getState().setDraft(null);
    },
  };
});
