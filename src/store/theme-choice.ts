/** The colour theme the user chose; 'system' follows the operating system's preference. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type ColorScheme = 'light' | 'dark';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return (THEME_CHOICES as readonly unknown[]).includes(value);
}

/**
 * `<html data-theme>` carries the choice, and the stylesheet's colours follow it (base.css);
 * without one they follow the system. public/theme.js sets the same attribute from the stored
 * settings before the first paint, so a reload never flashes the other theme.
 */
export function applyTheme(theme: ThemeChoice): void {
  if (typeof document === 'undefined') return;
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
