import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAuthor, WATCH_MS } from './author';
import { entryOf, huntOf, useHunts } from './hunts';

const minimal = readFileSync(
  path.resolve(import.meta.dirname, '../test/fixtures/hunts/minimal-hunt.yaml'),
  'utf8',
);

/** A file on disk the author edits: what the File System Access API's handle gives. */
function disk(text: string) {
  let file = new File([text], 'mine.yaml', { lastModified: 1 });
  return {
    handle: { name: 'mine.yaml', getFile: async () => file },
    save(next: string, at: number) {
      file = new File([next], 'mine.yaml', { lastModified: at });
    },
  };
}

afterEach(() => {
  useAuthor.getState().close();
  vi.useRealTimers();
  delete (globalThis as { showOpenFilePicker?: unknown }).showOpenFilePicker;
});

describe('author mode', () => {
  it('watches a file opened through the File System Access API and shows each saved version', async () => {
    vi.useFakeTimers();
    const file = disk(minimal);
    (globalThis as { showOpenFilePicker?: unknown }).showOpenFilePicker = async () => [file.handle];
    expect(await useAuthor.getState().pick()).toBe(true);
    expect(useAuthor.getState()).toMatchObject({
      fileName: 'mine.yaml',
      mode: 'watch',
      problems: [],
    });
    const title = () => huntOf(entryOf(useHunts.getState(), 'inbound-probes')!)?.title;
    expect(title()).toBe('Who knocks on the firewall?');

    // A broken save lists its problems; the last sound version stays on show.
    file.save(
      minimal.replace(
        '        narrative: |\n          Scanners',
        '        narative: |\n          Scanners',
      ),
      2,
    );
    await vi.advanceTimersByTimeAsync(WATCH_MS);
    expect(useAuthor.getState().problems.map((p) => [p.line, p.path])).toEqual([
      [24, 'sections[0].steps[0]'],
      [26, 'sections[0].steps[0].narative'],
    ]);
    expect(title()).toBe('Who knocks on the firewall?');

    file.save(minimal.replace('Who knocks on the firewall?', 'Who knocks?'), 3);
    await vi.advanceTimersByTimeAsync(WATCH_MS);
    expect(useAuthor.getState().problems).toEqual([]);
    expect(title()).toBe('Who knocks?');

    // Closing ends the watch and the draft.
    useAuthor.getState().close();
    file.save(minimal, 4);
    await vi.advanceTimersByTimeAsync(3 * WATCH_MS);
    expect(useHunts.getState().draft).toBeNull();
    expect(useAuthor.getState().fileName).toBeNull();
  });

  it('reads a chosen file again on Reload where the browser cannot watch', async () => {
    expect(await useAuthor.getState().pick()).toBe(false);
    await useAuthor.getState().openFile(new File([minimal], 'chosen.yaml'));
    expect(useAuthor.getState()).toMatchObject({ fileName: 'chosen.yaml', mode: 'manual' });
    expect(useHunts.getState().draft?.id).toBe('inbound-probes');
    const before = useAuthor.getState().checkedAt;
    await new Promise((r) => setTimeout(r, 5));
    await useAuthor.getState().reload();
    expect(useAuthor.getState().checkedAt).toBeGreaterThan(before ?? 0);
  });
});
