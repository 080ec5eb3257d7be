import { describe, expect, it } from 'vitest';
import { kindOfQuery, viewForQuery } from './view-for-query';

describe('the view a search opens in', () => {
  it('follows the search on the search page', () => {
    expect(viewForQuery(kindOfQuery('index=*'))).toBe('events');
    expect(viewForQuery(kindOfQuery('index=* | stats count by sourcetype'))).toBe('statistics');
    expect(viewForQuery(kindOfQuery('index=* | timechart count'))).toBe('timechart');
    expect(viewForQuery(kindOfQuery('index=* | frobnicate'))).toBe('events');
  });

  it('keeps a hunt step’s own view, and an edited search’s while it fits', () => {
    const side = { view: 'side-by-side' as const, unchanged: false };
    expect(viewForQuery(kindOfQuery('* | stats count by src'), side)).toBe('side-by-side');
    expect(viewForQuery(kindOfQuery('* | head 3'), side)).toBe('events');
    const events = { view: 'events' as const, unchanged: false };
    expect(viewForQuery(kindOfQuery('* | stats count'), events)).toBe('statistics');
    expect(viewForQuery(kindOfQuery('* | stats count'), { ...events, unchanged: true })).toBe(
      'events',
    );
  });
});
