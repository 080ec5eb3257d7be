import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh settings store, as on a page load, in a browser with `languages` and `stored`. */
async function load(languages: string[], stored: Map<string, string>) {
  vi.resetModules();
  vi.stubGlobal('navigator', { languages, language: languages[0] });
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  });
  const settings = await import('./settings');
  const messages = await import('../i18n/messages');
  return { ...settings, ...messages };
}

afterEach(() => vi.unstubAllGlobals());

describe('the interface language', () => {
  it('follows the browser on first start, and the catalogue with it', async () => {
    const { useSettings, getLocale, t } = await load(['ja-JP', 'en-US'], new Map());
    expect(useSettings.getState().language).toBe('ja');
    expect(getLocale()).toBe('ja');
    expect(t('search.run')).toBe('実行');
  });

  it('is kept once chosen, whatever the browser asks for next time', async () => {
    const stored = new Map<string, string>();
    const first = await load(['ja-JP'], stored);
    first.useSettings.getState().setLanguage('en');
    expect(first.getLocale()).toBe('en');
    expect(first.t('search.run')).toBe('Run');
    const again = await load(['ja-JP'], stored);
    expect(again.useSettings.getState().language).toBe('en');
    expect(again.getLocale()).toBe('en');
  });

  it('ignores a stored language it does not have, and keeps the time zone', async () => {
    const stored = new Map([
      [
        'hunting-workbook.settings',
        JSON.stringify({ state: { language: 'xx', timeZone: 'Asia/Tokyo' }, version: 1 }),
      ],
    ]);
    const { useSettings } = await load(['ja'], stored);
    expect(useSettings.getState().language).toBe('ja');
    expect(useSettings.getState().timeZone).toBe('Asia/Tokyo');
    useSettings.getState().setLanguage('xx' as 'en');
    expect(useSettings.getState().language).toBe('ja');
  });
});

describe('the search time limit setting', () => {
  it('is 60 s by default and takes whole seconds from 1 to 3600 only', async () => {
    const { useSettings, DEFAULT_SEARCH_TIME_LIMIT } = await load(['en'], new Map());
    const { setSearchTimeLimit } = useSettings.getState();
    expect(useSettings.getState().searchTimeLimit).toBe(DEFAULT_SEARCH_TIME_LIMIT);
    expect(DEFAULT_SEARCH_TIME_LIMIT).toBe(60);
    for (const bad of [0, -5, 3601, 1.5, Number.NaN]) {
      setSearchTimeLimit(bad);
      expect(useSettings.getState().searchTimeLimit, String(bad)).toBe(60);
    }
    setSearchTimeLimit(5);
    expect(useSettings.getState().searchTimeLimit).toBe(5);
  });

  it('is kept with the language, and a stored value out of range is not taken', async () => {
    const stored = new Map<string, string>();
    const first = await load(['ja'], stored);
    first.useSettings.getState().setSearchTimeLimit(7);
    const again = await load(['en'], stored);
    expect(again.useSettings.getState().searchTimeLimit).toBe(7);
    expect(again.useSettings.getState().language).toBe('ja');
    stored.set(
      'hunting-workbook.settings',
      JSON.stringify({ state: { searchTimeLimit: 0, timeZone: 'Asia/Tokyo' }, version: 1 }),
    );
    const bad = await load(['en'], stored);
    expect(bad.useSettings.getState().searchTimeLimit).toBe(60);
    expect(bad.useSettings.getState().timeZone).toBe('Asia/Tokyo');
  });
});
