import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isValidTimeZone } from '../data/time/formatTime';

export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';

/** Zones offered in the header; the browser's own zone and the current choice are added. */
export const COMMON_TIME_ZONES = [
  'UTC',
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
] as const;

/** Accepts only names Intl knows, so a stale stored value cannot break every date shown. */
function isKnownZone(zone: unknown): zone is string {
  return typeof zone === 'string' && zone !== '' && isValidTimeZone(zone);
}

export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isKnownZone(zone) ? zone : 'UTC';
}

/** Seconds a search may run before it stops and offers Run anyway (see useSearchRun). */
export const DEFAULT_SEARCH_TIME_LIMIT = 60;
export const SEARCH_TIME_LIMIT_RANGE = { min: 1, max: 3600 } as const;

function isTimeLimit(seconds: unknown): seconds is number {
  return (
    typeof seconds === 'number' &&
    Number.isInteger(seconds) &&
    seconds >= SEARCH_TIME_LIMIT_RANGE.min &&
    seconds <= SEARCH_TIME_LIMIT_RANGE.max
  );
}

interface SettingsState {
  /** IANA zone in which every timestamp is displayed. */
  timeZone: string;
  setTimeZone: (zone: string) => void;
  /** Whole seconds a search may take; a link or a hunt step cannot make the tab search for ever. */
  searchTimeLimit: number;
  setSearchTimeLimit: (seconds: number) => void;
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      timeZone: DEFAULT_TIME_ZONE,
      setTimeZone: (zone) => {
        if (isKnownZone(zone)) set({ timeZone: zone });
      },
      searchTimeLimit: DEFAULT_SEARCH_TIME_LIMIT,
      setSearchTimeLimit: (seconds) => {
        if (isTimeLimit(seconds)) set({ searchTimeLimit: seconds });
      },
    }),
    {
      name: 'hunting-workbook.settings',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({
        timeZone: state.timeZone,
        searchTimeLimit: state.searchTimeLimit,
      }),
      // A hand-edited or stale value must not break every date on screen, nor every search.
      merge: (persisted, current) => {
        const stored = persisted as Partial<SettingsState> | undefined;
        const next = { ...current };
        if (isKnownZone(stored?.timeZone)) next.timeZone = stored.timeZone;
        if (isTimeLimit(stored?.searchTimeLimit)) next.searchTimeLimit = stored.searchTimeLimit;
        return next;
      },
    },
  ),
);
