import { COMMANDS } from '../commands';
import type { Pipeline } from '../ast';

/** How Splunk's search page shows a search's results. */
export type ResultKind = 'events' | 'statistics' | 'timechart';

/**
 * The view a search's results open in, as Splunk's search page decides it: events unless a
 * command turns them into a table (`transforming` in the command registry); a time chart when the
 * last such command is a `timechart`.
 */
export function resultKind(pipeline: Pipeline): ResultKind {
  for (let i = pipeline.commands.length - 1; i >= 0; i--) {
    const def = COMMANDS.get(pipeline.commands[i].name);
    if (def?.transforming) return def.timeChart ? 'timechart' : 'statistics';
  }
  return 'events';
}
