import { describe, expect, it } from 'vitest';
import { formatHash, HOME, parseHash, type Route } from './route-hash';

describe('route hash', () => {
  it('round-trips a step with an edited search, time range and view', () => {
    const route: Route = {
      page: 'hunt',
      huntId: 'ftp-exfiltration',
      stepId: 'cluster-1',
      search: {
        searchId: 'aug23-sessions',
        query: 'sourcetype="stream:ftp" | stats count by src & "x"',
        earliest: Date.UTC(2017, 7, 24, 3),
        latest: Date.UTC(2017, 7, 24, 11),
        view: 'timechart',
      },
    };
    const hash = formatHash(route);
    expect(hash).toContain('from=2017-08-24T03%3A00%3A00.000Z');
    expect(parseHash(hash)).toEqual(route);
  });

  it('reads the data manager, the free search page and a hunt overview', () => {
    expect(parseHash('#/data')).toEqual({ page: 'data' });
    expect(parseHash('#/search?q=ftp')).toEqual({ page: 'search', search: { query: 'ftp' } });
    expect(parseHash('#/hunts/ftp-exfiltration')).toEqual({
      page: 'hunt',
      huntId: 'ftp-exfiltration',
      search: {},
    });
  });

  it('falls back to the first hunt for an empty or unknown hash, and drops bad parts', () => {
    expect(parseHash('')).toEqual(HOME);
    expect(parseHash('#/nowhere')).toEqual(HOME);
    expect(parseHash('#/search?view=pie&from=yesterday&to=1503543600000')).toEqual({
      page: 'search',
      search: { latest: 1503543600000 },
    });
  });
});
