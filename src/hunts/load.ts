import type { Hunt } from './types';
import { parseHuntFile, type ParsedHuntFile } from './format/parse';
import { resolveHunt } from './format/resolve';

export interface LoadedHunt {
  parsed: ParsedHuntFile;
  /** In the wanted language; null when the file has problems. */
  hunt: Hunt | null;
}

/** Reads a hunt file's text and resolves it in `language` (falling back on the hunt's own). */
export function loadHunt(text: string, file: string, language: string): LoadedHunt {
  const parsed = parseHuntFile(text, file);
  return { parsed, hunt: parsed.hunt ? resolveHunt(parsed.hunt, language, parsed.lineOf) : null };
}
