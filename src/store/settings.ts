import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isValidTimeZone } from '../data/time/format-time';
import { isLanguage, matchLanguage, type Language } from '../i18n/languages';
import { setLocale } from '../i18n/messages';
import { applyTheme, isThemeChoice, type ThemeChoice } from './theme-choice';

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

/** The browser's own preference, used until the user picks a language in the header. */
export function browserLanguage(): Language {
  if (typeof navigator === 'undefined') return 'en';
  return matchLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

interface SettingsState {
  /** IANA zone in which every timestamp is displayed. */
  timeZone: string;
  setTimeZone: (zone: string) => void;
  /** Language of the interface. */
  language: Language;
  setLanguage: (language: Language) => void;
  /** Whole seconds a search may take; a link or a hunt step cannot make the tab search for ever. */
  searchTimeLimit: number;
  setSearchTimeLimit: (seconds: number) => void;
  /** Light, dark, or whatever the system prefers. */
  theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
  /** Presenter mode in light, high-contrast colours for a projector, whatever the theme. */
  projector: boolean;
  setProjector: (projector: boolean) => void;
}

export const SETTINGS_KEY = 'hunting-workbook.settings';

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      timeZone: DEFAULT_TIME_ZONE,
      setTimeZone: (zone) => {
        if (isKnownZone(zone)) set({ timeZone: zone });
      },
      language: browserLanguage(),
      setLanguage: (language) => {
        if (isLanguage(language)) set({ language });
      },
      searchTimeLimit: DEFAULT_SEARCH_TIME_LIMIT,
      setSearchTimeLimit: (seconds) => {
        if (isTimeLimit(seconds)) set({ searchTimeLimit: seconds });
      },
      theme: 'system',
      setTheme: (theme) => {
        if (isThemeChoice(theme)) set({ theme });
      },
      projector: false,
      setProjector: (projector) => set({ projector: projector === true }),
    }),
    {
      name: SETTINGS_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({
        timeZone: state.timeZone,
        language: state.language,
        searchTimeLimit: state.searchTimeLimit,
        theme: state.theme,
        projector: state.projector,
      }),
      // A hand-edited or stale value must not break every date on screen, nor every search.
      merge: (persisted, current) => {
        const stored = persisted as Partial<SettingsState> | undefined;
        const next = { ...current };
        if (isKnownZone(stored?.timeZone)) next.timeZone = stored.timeZone;
        if (isLanguage(stored?.language)) next.language = stored.language;
        if (isTimeLimit(stored?.searchTimeLimit)) next.searchTimeLimit = stored.searchTimeLimit;
        if (isThemeChoice(stored?.theme)) next.theme = stored.theme;
        if (typeof stored?.projector === 'boolean') next.projector = stored.projector;
        return next;
      },
    },
  ),
);

/**
 * The catalogue and `<html lang>` follow the chosen language, before anything renders in it:
 * screen readers, hyphenation and the font for CJK text (Japanese, not Chinese, glyphs) read
 * the document's language.
 */
function applyLanguage(language: Language): void {
  setLocale(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
applyLanguage(useSettings.getState().language);
applyTheme(useSettings.getState().theme);
useSettings.subscribe((state, previous) => {
  if (state.language !== previous.language) applyLanguage(state.language);
  if (state.theme !== previous.theme) applyTheme(state.theme);
});

// Another window of the app (the speaker window, a second tab) follows a change made here.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === SETTINGS_KEY) void useSettings.persist.rehydrate();
  });
}

/** The language in effect; a component that caches formatted text lists it among its deps. */
export const useLanguage = (): Language => useSettings((s) => s.language);
