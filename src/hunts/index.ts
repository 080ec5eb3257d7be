export type * from './types';
export { STEP_KINDS } from './types';
export { loadHunt, type LoadedHunt } from './load';
export { formatProblem, type HuntProblem } from './format/problems';
export { localize } from './format/resolve';
