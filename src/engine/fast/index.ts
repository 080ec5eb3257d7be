export { runFastSearch, fastPlan } from './fast-search';
