/**
 * The languages of the interface. `en-XA` is a pseudo-locale for tests: every message accented
 * and bracketed, so that text which did not come from the catalogue stands out. It is chosen
 * only by a browser (or a stored setting) asking for it, never offered in the switch.
 */
export const LANGUAGES = ['en', 'ja'] as const;
export const PSEUDO_LANGUAGE = 'en-XA';
export type Language = (typeof LANGUAGES)[number] | typeof PSEUDO_LANGUAGE;

/** Each language under its own name, as language switches show them; never translated. */
export const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = {
  en: 'English',
  ja: '日本語',
};

export function isLanguage(value: unknown): value is Language {
  return value === PSEUDO_LANGUAGE || (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The first of the browser's preferred languages (BCP 47 tags, most wanted first) that the app
 * has, by primary subtag: `ja-JP` is Japanese, `en-GB` English. English when none matches.
 */
export function matchLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    if (tag.toLowerCase() === PSEUDO_LANGUAGE.toLowerCase()) return PSEUDO_LANGUAGE;
    const primary = tag.split('-')[0].toLowerCase();
    const match = LANGUAGES.find((l) => l === primary);
    if (match) return match;
  }
  return 'en';
}

/**
 * The locale `Intl` formats numbers and dates in. The pseudo-locale formats as Japanese does, so
 * that a date or number formatted without the app's locale (an English month name) shows up in
 * the pseudo-locale check as text that did not follow the language.
 */
export function intlLocale(language: Language): string {
  return language === 'en' ? 'en-US' : 'ja-JP';
}
