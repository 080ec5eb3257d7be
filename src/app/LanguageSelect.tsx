import { useId } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../i18n/languages';
import { t } from '../i18n/messages';
import { useSettings } from '../store/settings';

/** The language switch: each language under its own name, so anyone can find theirs. */
export function LanguageSelect() {
  const id = useId();
  const language = useSettings((s) => s.language);
  const setLanguage = useSettings((s) => s.setLanguage);
  return (
    <div className="tz-select lang-select">
      {/* The options name their languages in themselves. */}
      <label htmlFor={id} className="visually-hidden">
        {t('settings.language')}
      </label>
      <select
        id={id}
        value={language}
        data-testid="language-select"
        onChange={(e) => {
          if (isLanguage(e.target.value)) setLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l} translate="no">
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
        {!(LANGUAGES as readonly string[]).includes(language) && (
          <option value={language} translate="no">
            {language}
          </option>
        )}
      </select>
    </div>
  );
}
