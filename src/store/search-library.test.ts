import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh store, as on a page load, over `stored` as its localStorage. */
async function load(stored: Map<string, string>) {
  vi.resetModules();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  });
  return import('./search-library');
}

afterEach(() => vi.unstubAllGlobals());

describe('search history', () => {
  it('keeps runs newest first, a search run again once, across page loads', async () => {
    const stored = new Map<string, string>();
    const lib = await load(stored);
    const s = lib.useSearchLibrary.getState();
    s.record({ query: 'a', at: 1, count: 3 });
    s.record({ query: 'b', at: 2, count: 0, earliest: 5 });
    s.record({ query: 'a', at: 3, count: 4 });
    expect(lib.useSearchLibrary.getState().history.map((h) => [h.query, h.at])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
    const again = await load(stored);
    expect(again.useSearchLibrary.getState().history).toHaveLength(2);
    again.useSearchLibrary.getState().clearHistory();
    expect((await load(stored)).useSearchLibrary.getState().history).toEqual([]);
  });

  it('is bounded, and drops what a damaged store holds instead of failing', async () => {
    const stored = new Map<string, string>();
    const lib = await load(stored);
    for (let i = 0; i < lib.HISTORY_MAX + 10; i++) {
      lib.useSearchLibrary.getState().record({ query: `q${i}`, at: i, count: 0 });
    }
    expect(lib.useSearchLibrary.getState().history).toHaveLength(lib.HISTORY_MAX);
    stored.set(
      'hunting-workbook.searches',
      JSON.stringify({
        state: { history: [{ query: 1 }, { query: 'ok', at: 1, count: 2 }], saved: 'x' },
        version: 1,
      }),
    );
    const damaged = (await load(stored)).useSearchLibrary.getState();
    expect(damaged.history).toEqual([{ query: 'ok', at: 1, count: 2 }]);
    expect(damaged.saved).toEqual([]);
  });
});

describe('saved searches', () => {
  it('save, rename, remove; export and import round trip, a same name replaced', async () => {
    const lib = await load(new Map());
    const s = lib.useSearchLibrary.getState();
    const one = s.save({ name: 'FTP', query: 'sourcetype=ftp', earliest: 10, view: 'table' });
    s.save({ name: 'DNS', query: 'sourcetype=dns' });
    lib.useSearchLibrary.getState().rename(one.id, 'FTP by src');
    const file = lib.exportSaved(lib.useSearchLibrary.getState().saved);
    lib.useSearchLibrary.getState().remove(one.id);
    expect(lib.useSearchLibrary.getState().saved.map((x) => x.name)).toEqual(['DNS']);
    const read = lib.parseSavedFile(file);
    expect(lib.useSearchLibrary.getState().importSaved(read)).toEqual({ added: 1, replaced: 1 });
    const ftp = lib.useSearchLibrary.getState().saved.find((x) => x.name === 'FTP by src');
    expect(ftp).toMatchObject({ query: 'sourcetype=ftp', earliest: 10, view: 'table' });
  });

  it('refuses a bad file whole, naming the entry and field', async () => {
    const lib = await load(new Map());
    expect(() => lib.parseSavedFile('{')).toThrow(lib.SavedFileError);
    expect(() => lib.parseSavedFile('{"format":"other","searches":[]}')).toThrow('format');
    const bad = JSON.stringify({
      format: lib.SAVED_FILE_FORMAT,
      searches: [
        { name: 'ok', query: 'x' },
        { name: 'v', query: 'x', view: 'pie' },
      ],
    });
    expect(() => lib.parseSavedFile(bad)).toThrow(
      expect.objectContaining({ problem: 'entry', entry: 2, field: 'view' }),
    );
  });
});
