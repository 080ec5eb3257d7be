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

interface SettingsState {
  /** IANA zone in which every timestamp is displayed. */
  timeZone: string;
  setTimeZone: (zone: string) => void;
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      timeZone: DEFAULT_TIME_ZONE,
      setTimeZone: (zone) => {
        if (isKnownZone(zone)) set({ timeZone: zone });
      },
    }),
    {
      name: 'hunting-workbook.settings',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ timeZone: state.timeZone }),
      // A hand-edited or stale value must not break every date on screen.
      merge: (persisted, current) => {
        const zone = (persisted as Partial<SettingsState> | undefined)?.timeZone;
        return isKnownZone(zone) ? { ...current, timeZone: zone } : current;
      },
    },
  ),
);
