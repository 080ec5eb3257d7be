import type { MacroDefinition } from './types';

/** Why a macros.conf file was refused: the file, the line (1-based) and the problem. */
export class MacrosConfError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}, line ${line}: ${problem}`);
    this.name = 'MacrosConfError';
  }
}

/** A definition read from a file, with the line its stanza starts on. */
export interface ConfMacro extends MacroDefinition {
  line: number;
}

interface Stanza {
  line: number;
  name: string;
  argCount: number;
  settings: Map<string, string>;
}

const STANZA = /^\[(.*)\]\s*$/;
const NAME = /^([A-Za-z0-9_][\w.:-]*)(?:\((\d+)\))?$/;
const SETTING = /^([A-Za-z_][\w.-]*)\s*=\s?(.*)$/;
const ARG_NAME = /^[A-Za-z0-9_]+$/;

/**
 * Reads a `macros.conf` as Splunk's spec describes it: `[name]` or `[name(N)]` stanzas with
 * `definition`, `args` (N comma-separated names), `iseval`, `validation`, `errormsg`; `#`
 * comments; a value continued on the next line after a trailing backslash (the line break is
 * kept). Other settings (`description`, ...) are ignored, as are settings outside a stanza and
 * the `[default]` stanza. Any problem refuses the whole file.
 */
export function parseMacrosConf(text: string, file = 'macros.conf'): ConfMacro[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const stanzas = new Map<string, Stanza>();
  let current: Stanza | null = null;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = STANZA.exec(line);
    if (header) {
      current = openStanza(header[1].trim(), lineNo, file, stanzas);
      continue;
    }
    const setting = SETTING.exec(line);
    if (!setting) {
      throw new MacrosConfError(
        file,
        lineNo,
        `expected a [stanza] or 'name = value', found '${clip(line)}'`,
      );
    }
    let value = setting[2];
    // A trailing backslash continues the value on the next line.
    while (value.endsWith('\\') && i + 1 < lines.length) {
      value = value.slice(0, -1) + '\n' + lines[++i].trim();
    }
    if (value.endsWith('\\')) value = value.slice(0, -1);
    current?.settings.set(setting[1].toLowerCase(), value.trim());
  }
  return [...stanzas.values()].filter((s) => s.name !== 'default').map((s) => toMacro(s, file));
}

function openStanza(
  header: string,
  line: number,
  file: string,
  stanzas: Map<string, Stanza>,
): Stanza {
  if (header === 'default') return { line, name: 'default', argCount: 0, settings: new Map() };
  const m = NAME.exec(header);
  if (!m) {
    throw new MacrosConfError(
      file,
      line,
      `'[${clip(header)}]' is not a macro name: letters, digits, '_', '-', '.', ':', then (N) for N arguments`,
    );
  }
  const argCount = m[2] === undefined ? 0 : Number(m[2]);
  // A stanza given twice merges, the later settings winning, as Splunk layers .conf files.
  const existing = stanzas.get(header);
  if (existing) return existing;
  const stanza = { line, name: m[1], argCount, settings: new Map<string, string>() };
  stanzas.set(header, stanza);
  return stanza;
}

function toMacro(s: Stanza, file: string): ConfMacro {
  const key = s.argCount === 0 ? s.name : `${s.name}(${s.argCount})`;
  const definition = s.settings.get('definition');
  if (definition === undefined) {
    throw new MacrosConfError(file, s.line, `macro [${key}] has no 'definition ='`);
  }
  const argsText = s.settings.get('args') ?? '';
  const args = argsText.trim() === '' ? [] : argsText.split(',').map((a) => a.trim());
  if (args.length !== s.argCount) {
    throw new MacrosConfError(
      file,
      s.line,
      `macro [${key}] takes ${s.argCount} argument(s) but 'args =' names ${args.length}`,
    );
  }
  const bad = args.find((a) => !ARG_NAME.test(a));
  if (bad !== undefined) {
    throw new MacrosConfError(
      file,
      s.line,
      `macro [${key}]: '${bad}' is not an argument name (letters, digits, '_')`,
    );
  }
  if (new Set(args).size !== args.length) {
    throw new MacrosConfError(file, s.line, `macro [${key}] names an argument twice`);
  }
  const iseval = s.settings.get('iseval');
  const out: ConfMacro = { name: s.name, args, definition, line: s.line };
  if (iseval !== undefined) {
    const v = iseval.toLowerCase();
    if (!['true', 'false', '1', '0', 't', 'f', 'yes', 'no'].includes(v)) {
      throw new MacrosConfError(
        file,
        s.line,
        `macro [${key}]: iseval must be true or false, not '${clip(iseval)}'`,
      );
    }
    out.iseval = ['true', '1', 't', 'yes'].includes(v);
  }
  const validation = s.settings.get('validation');
  if (validation) out.validation = validation;
  const errormsg = s.settings.get('errormsg');
  if (errormsg) out.errormsg = errormsg;
  return out;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
