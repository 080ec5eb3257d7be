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
