import { describe, expect, it } from 'vitest';
import { formatHash, HOME, parseHash, parseLink, type Route } from './route-hash';

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
        datasets: ['3f1c-a', 'b77e-b'],
      },
    };
    const hash = formatHash(route);
    expect(hash).toContain('ds=3f1c-a%2Cb77e-b');
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

  it('has an address for the library and author mode', () => {
    for (const page of ['hunts', 'author', 'data'] as const) {
      expect(parseHash(formatHash({ page }))).toEqual({ page });
    }
    expect(formatHash({ page: 'hunts' })).toBe('#/hunts');
    expect(parseHash('#/hunts/')).toEqual({ page: 'hunts' });
  });

  it('falls back to the start page for an empty or unknown hash, and drops bad parts', () => {
    expect(HOME).toEqual({ page: 'start' });
    expect(formatHash(HOME)).toBe('');
    expect(parseHash('')).toEqual(HOME);
    expect(parseHash('#/nowhere')).toEqual(HOME);
    expect(parseHash('#/search?view=pie&from=yesterday&to=1503543600000')).toEqual({
      page: 'search',
      search: { latest: 1503543600000 },
    });
  });

  it('round-trips the presenter and the speaker window', () => {
    const routes: Route[] = [
      { page: 'present', huntId: 'ftp-exfiltration', stepId: 'cluster-1-files', search: {} },
      {
        page: 'present',
        huntId: 'a hunt/with slashes',
        stepId: 'step?1#',
        search: { searchId: 'x', query: 'ftp | stats count', view: 'table' },
      },
      { page: 'speaker', huntId: 'ftp-exfiltration' },
      { page: 'speaker', huntId: 'ftp-exfiltration', stepId: 'findings' },
    ];
    for (const route of routes) expect(parseHash(formatHash(route))).toEqual(route);
    expect(formatHash(routes[0])).toBe('#/present/ftp-exfiltration/cluster-1-files');
    expect(formatHash(routes[2])).toBe('#/speaker/ftp-exfiltration');
  });

  it('sends a presenter link without a step to the start page, not to a broken presenter', () => {
    expect(parseHash('#/present/ftp-exfiltration')).toEqual(HOME);
    expect(parseHash('#/speaker')).toEqual(HOME);
  });

  it('reads a link with a malformed % escape as the overview, and says so', () => {
    for (const hash of ['#/hunts/%E0%A4%A', '#/hunts/ftp-exfiltration/%', '#/present/%zz/x']) {
      expect(parseLink(hash), hash).toEqual({ route: HOME, malformed: true });
    }
    expect(parseLink('#/hunts/ftp-exfiltration/cluster-1?q=100%25')).toEqual({
      route: {
        page: 'hunt',
        huntId: 'ftp-exfiltration',
        stepId: 'cluster-1',
        search: { query: '100%' },
      },
      malformed: false,
    });
    // URLSearchParams reads a malformed escape in the query as U+FFFD, without throwing.
    expect(parseLink('#/search?q=%E0%A4%A')).toEqual({
      route: { page: 'search', search: { query: '\uFFFD%A' } },
      malformed: false,
    });
  });
});
