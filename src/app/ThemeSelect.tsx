import { useId } from 'react';
import { t } from '../i18n/messages';
import { useSettings } from '../store/settings';
import { isThemeChoice, THEME_CHOICES } from '../store/theme-choice';

/** The colour theme: the system's (the default), light or dark; kept with the other settings. */
export function ThemeSelect() {
  const id = useId();
  const theme = useSettings((s) => s.theme);
  const setTheme = useSettings((s) => s.setTheme);
  return (
    <>
      <label htmlFor={id}>{t('theme.setting')}</label>
      <select
        id={id}
        value={theme}
        data-testid="theme-select"
        onChange={(e) => {
          if (isThemeChoice(e.target.value)) setTheme(e.target.value);
        }}
      >
        {THEME_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`theme.${choice}`)}
          </option>
        ))}
      </select>
    </>
  );
}
