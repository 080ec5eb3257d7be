import type { Message } from '../message-types';

/** Texts of the search time limit: its setting and what a stopped search says. Keys start with `limits.`. */
export const limitMessages = {
  'limits.settings': 'Settings',
  'limits.setting': 'Search limit (s)',
  'limits.setting.title':
    'A search that takes longer stops and offers Run anyway: {min} to {max} seconds.',
  'limits.timedOut':
    'The search stopped after {seconds} s, the time limit for a search (set under ⚙ in the header). It may need more time, or be stuck on a pattern that never ends.',
  'limits.runAnyway': 'Run anyway',
  'limits.runAnyway.title': 'Run this search again without the time limit; Cancel still stops it.',
} satisfies Record<string, Message>;
