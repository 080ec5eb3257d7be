import { type MacroDefinition, macroKey, parseMacrosConf } from '../../engine';
import type { WorkbookDB } from '../db/db';
import type { MacroRecord } from '../db/schema-types';

/** A macros.conf is text of a few hundred kilobytes at most; a bigger file is a wrong pick. */
export const MAX_MACROS_BYTES = 5 * 1024 * 1024;

/** Why a file was refused before it was read as macros.conf. */
export class MacroFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'MacroFileError';
  }
}

/**
 * Stores the macros of a `macros.conf` text. The whole file is read first: any bad line refuses
 * it (MacrosConfError naming the line) and nothing stored changes. Macros already stored under
 * the same key are replaced, in one transaction. Returns how many were new and how many replaced.
 */
export async function saveMacros(
  db: WorkbookDB,
  text: string,
  origin: string,
): Promise<{ added: number; replaced: number }> {
  const importedAt = Date.now();
  const records: MacroRecord[] = parseMacrosConf(text, origin).map((m) => ({
    key: macroKey(m.name, m.args.length),
    name: m.name,
    args: [...m.args],
    definition: m.definition,
    ...(m.iseval !== undefined && { iseval: m.iseval }),
    ...(m.validation !== undefined && { validation: m.validation }),
    ...(m.errormsg !== undefined && { errormsg: m.errormsg }),
    origin,
    line: m.line,
    importedAt,
  }));
  let replaced = 0;
  await db.transaction('rw', db.macros, async () => {
    const existing = await db.macros.bulkGet(records.map((r) => r.key));
    replaced = existing.filter((r) => r !== undefined).length;
    await db.macros.bulkPut(records);
  });
  return { added: records.length - replaced, replaced };
}

/** Imports a `.conf` file the user picked. */
export async function importMacrosFile(
  db: WorkbookDB,
  file: File,
): Promise<{ added: number; replaced: number }> {
  if (!/\.(conf|txt)$/i.test(file.name)) {
    throw new MacroFileError(file.name, 'macros come from a macros.conf file (.conf)');
  }
  if (file.size > MAX_MACROS_BYTES) {
    throw new MacroFileError(file.name, 'too large for a macros.conf (over 5 MB)');
  }
  return saveMacros(db, await file.text(), file.name);
}

export async function listMacros(db: WorkbookDB): Promise<MacroRecord[]> {
  const all = await db.macros.toArray();
  return all.sort((a, b) => a.key.localeCompare(b.key));
}

export async function deleteMacro(db: WorkbookDB, key: string): Promise<void> {
  await db.macros.delete(key);
}

/** The stored macros as the engine takes them. */
export function toDefinition(r: MacroRecord): MacroDefinition {
  return {
    name: r.name,
    args: r.args,
    definition: r.definition,
    iseval: r.iseval,
    validation: r.validation,
    errormsg: r.errormsg,
  };
}

export async function storedMacros(db: WorkbookDB): Promise<MacroDefinition[]> {
  return (await db.macros.toArray()).map(toDefinition);
}
