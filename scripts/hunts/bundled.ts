/**
 * The bundled hunts read from disk (public/hunts), for check-hunts, the unit tests and the
 * end-to-end tests: the same files and the same reader as the app.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HUNTS_DIR, HUNTS_INDEX, indexFiles } from '../../src/hunts/bundled';
import { loadHunt, type LoadedHunt } from '../../src/hunts/load';
import { formatProblem } from '../../src/hunts/format/problems';
import type { Hunt } from '../../src/hunts/types';

export const BUNDLED_DIR = path.resolve(import.meta.dirname, '../../public', HUNTS_DIR);

/** Paths of the bundled hunt files, in the index's order. */
export function bundledHuntPaths(): string[] {
  const index: unknown = JSON.parse(readFileSync(path.join(BUNDLED_DIR, HUNTS_INDEX), 'utf8'));
  return indexFiles(index).map((f) => path.join(BUNDLED_DIR, f));
}

/** The bundled files' names and texts, as the app fetches them. */
export function bundledFiles(): { fileName: string; text: string }[] {
  return bundledHuntPaths().map((file) => ({
    fileName: path.basename(file),
    text: readFileSync(file, 'utf8'),
  }));
}

/** Reads a hunt file; `name` is what messages call it (the path by default). */
export function readHuntFile(file: string, language = 'en', name = file): LoadedHunt {
  return loadHunt(readFileSync(file, 'utf8'), name, language);
}

/** Every bundled hunt, resolved; throws with every problem when one does not load. */
export function bundledHunts(language = 'en'): Hunt[] {
  return bundledHuntPaths().map((file) => {
    const loaded = readHuntFile(file, language, path.relative(process.cwd(), file));
    if (!loaded.hunt) throw new Error(loaded.parsed.problems.map(formatProblem).join('\n'));
    return loaded.hunt;
  });
}

/** A bundled hunt by id. */
export function bundledHunt(id: string, language = 'en'): Hunt {
  const hunt = bundledHunts(language).find((h) => h.id === id);
  if (!hunt) throw new Error(`no bundled hunt "${id}"`);
  return hunt;
}
