export { assistContext, commandAt, type AssistContext } from './context';
export {
  allCommands,
  commandHelp,
  evalFunctions,
  functionHelp,
  statsFunctions,
  type CommandHelp,
  type FunctionHelp,
} from './help';
export { formatSearch } from './format';
