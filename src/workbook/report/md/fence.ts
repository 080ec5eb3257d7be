import { longestBacktickRun } from '../escape';

/** A fenced block whose fence is longer than any run of backticks inside, so it cannot close early. */
export function fenced(text: string, lang = ''): string[] {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return [fence + lang, text, fence];
}
