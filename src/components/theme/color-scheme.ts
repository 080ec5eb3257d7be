import { createContext, useContext, useSyncExternalStore } from 'react';
import { useSettings } from '../../store/settings';
import type { ColorScheme } from '../../store/theme-choice';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const systemIsDark = () => window.matchMedia(DARK_QUERY).matches;

/**
 * Set around a part of the page drawn in a scheme of its own, whatever the app's theme: presenter
 * mode's projector colours. The CSS follows `color-scheme` by itself; what draws its own colours
 * (charts on canvas, the SPL editor's theme) reads this through useColorScheme.
 */
export const ColorSchemeOverride = createContext<ColorScheme | null>(null);

/** The scheme in effect here: an override, else the chosen theme, else the system's. */
export function useColorScheme(): ColorScheme {
  const override = useContext(ColorSchemeOverride);
  const theme = useSettings((s) => s.theme);
  const dark = useSyncExternalStore(subscribe, systemIsDark, () => false);
  if (override) return override;
  if (theme !== 'system') return theme;
  return dark ? 'dark' : 'light';
}
