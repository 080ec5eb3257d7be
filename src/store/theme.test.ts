import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

interface FakeRoot {
  lang: string;
  dataset: { theme?: string };
}

/** A fresh settings store, as on a page load, over `stored`, with a document to theme. */
async function load(stored: Map<string, string>) {
  vi.resetModules();
  vi.stubGlobal('navigator', { languages: ['en'], language: 'en' });
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  });
  const root: FakeRoot = { lang: '', dataset: {} };
  vi.stubGlobal('document', { documentElement: root });
  return { ...(await import('./settings')), root };
}

/** public/theme.js, which index.html runs before the first paint, over `stored`. */
function runThemeScript(stored: Map<string, string>): FakeRoot {
  const root: FakeRoot = { lang: '', dataset: {} };
  const script = readFileSync(new URL('../../public/theme.js', import.meta.url), 'utf8');
  const storage = { getItem: (k: string) => stored.get(k) ?? null };
  new Function('localStorage', 'document', script)(storage, { documentElement: root });
  return root;
}

afterEach(() => vi.unstubAllGlobals());

describe('the colour theme', () => {
  it('follows the system at first, and a choice is put on <html> and kept', async () => {
    const stored = new Map<string, string>();
    const first = await load(stored);
    expect(first.useSettings.getState().theme).toBe('system');
    expect(first.root.dataset.theme).toBeUndefined();
    first.useSettings.getState().setTheme('dark');
    expect(first.root.dataset.theme).toBe('dark');
    const again = await load(stored);
    expect(again.useSettings.getState().theme).toBe('dark');
    expect(again.root.dataset.theme).toBe('dark');
    again.useSettings.getState().setTheme('system');
    expect(again.root.dataset.theme).toBeUndefined();
  });

  it('takes no unknown theme, stored or set, and keeps the other settings', async () => {
    const stored = new Map([
      [
        'hunting-workbook.settings',
        JSON.stringify({ state: { theme: 'neon', projector: 'yes', timeZone: 'UTC' }, version: 1 }),
      ],
    ]);
    const { useSettings, root } = await load(stored);
    expect(useSettings.getState().theme).toBe('system');
    expect(useSettings.getState().projector).toBe(false);
    expect(useSettings.getState().timeZone).toBe('UTC');
    expect(root.dataset.theme).toBeUndefined();
    useSettings.getState().setTheme('neon' as 'dark');
    expect(useSettings.getState().theme).toBe('system');
  });

  it('keeps the projector colours of presenter mode', async () => {
    const stored = new Map<string, string>();
    (await load(stored)).useSettings.getState().setProjector(true);
    expect((await load(stored)).useSettings.getState().projector).toBe(true);
  });

  it('is read before the first paint by public/theme.js, as the store keeps it', async () => {
    const stored = new Map<string, string>();
    const { useSettings, SETTINGS_KEY } = await load(stored);
    expect(SETTINGS_KEY).toBe('hunting-workbook.settings');
    expect(runThemeScript(stored).dataset.theme).toBeUndefined();
    useSettings.getState().setTheme('light');
    expect(runThemeScript(stored).dataset.theme).toBe('light');
    useSettings.getState().setTheme('dark');
    expect(runThemeScript(stored).dataset.theme).toBe('dark');
    useSettings.getState().setTheme('system');
    expect(runThemeScript(stored).dataset.theme).toBeUndefined();
    // A damaged value is the system's theme, not a script error that stops the page.
    stored.set(SETTINGS_KEY, '{not json');
    expect(runThemeScript(stored).dataset.theme).toBeUndefined();
  });
});
