import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Splunk's event viewer layouts: each event with its fields, `_raw` alone, or a table. */
export type EventsMode = 'list' | 'raw' | 'table';
export const EVENTS_MODES: readonly EventsMode[] = ['list', 'raw', 'table'];

/** Splunk's default selected fields. */
export const DEFAULT_SELECTED = ['host', 'source', 'sourcetype'];
/** More columns than this is not a table anyone reads; the oldest choice drops off. */
export const SELECTED_MAX = 30;

interface EventDisplayState {
  /** The fields the user selected, in the order chosen: shown with each event, table columns. */
  selected: string[];
  mode: EventsMode;
  toggleField(field: string): void;
  setMode(mode: EventsMode): void;
}

export const useEventDisplay = create<EventDisplayState>()(
  persist(
    (set, get) => ({
      selected: DEFAULT_SELECTED,
      mode: 'list',
      toggleField: (field) => {
        const selected = get().selected;
        set({
          selected: selected.includes(field)
            ? selected.filter((f) => f !== field)
            : [...selected, field].slice(-SELECTED_MAX),
        });
      },
      setMode: (mode) => set({ mode }),
    }),
    {
      name: 'hunting-workbook.events',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ selected: s.selected, mode: s.mode }),
      merge: (persisted, current) => {
        const p = persisted as { selected?: unknown; mode?: unknown } | undefined;
        const selected =
          Array.isArray(p?.selected) && p.selected.every((f) => typeof f === 'string')
            ? (p.selected as string[]).slice(-SELECTED_MAX)
            : current.selected;
        const mode = EVENTS_MODES.includes(p?.mode as EventsMode)
          ? (p!.mode as EventsMode)
          : 'list';
        return { ...current, selected, mode };
      },
    },
  ),
);
