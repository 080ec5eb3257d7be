export { expandMacros, MAX_MACRO_DEPTH, type MacroExpansion, type ExpandOptions } from './expand';
export { parseMacrosConf, MacrosConfError, type ConfMacro } from './conf';
export { MacroSet, macroKey, type MacroDefinition } from './types';
