import { describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH_TIME_LIMIT, useSettings } from './settings';

describe('the search time limit setting', () => {
  it('is 60 s by default and takes whole seconds from 1 to 3600 only', () => {
    const { setSearchTimeLimit } = useSettings.getState();
    expect(useSettings.getState().searchTimeLimit).toBe(DEFAULT_SEARCH_TIME_LIMIT);
    expect(DEFAULT_SEARCH_TIME_LIMIT).toBe(60);
    for (const bad of [0, -5, 3601, 1.5, Number.NaN]) {
      setSearchTimeLimit(bad);
      expect(useSettings.getState().searchTimeLimit, String(bad)).toBe(60);
    }
    setSearchTimeLimit(5);
    expect(useSettings.getState().searchTimeLimit).toBe(5);
  });
});
