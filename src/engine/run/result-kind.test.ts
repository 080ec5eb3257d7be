import { describe, expect, it } from 'vitest';
import { resultKind } from './result-kind';
import { parseSearch } from './run-search';

describe('resultKind', () => {
  it.each([
    ['index=*', 'events'],
    ['sourcetype=stream:ftp | eval x=1 | where x=1 | sort - _time | head 5', 'events'],
    ['* | rex field=_raw "a(?<b>.)" | dedup b | transaction host', 'events'],
    ['* | eventstats count by host | streamstats count', 'events'],
    ['* | stats count by sourcetype', 'statistics'],
    ['* | stats count by host | sort - count | head 3', 'statistics'],
    ['* | chart count over host by sourcetype', 'statistics'],
    ['* | top limit=5 src', 'statistics'],
    ['* | rare dest', 'statistics'],
    ['* | table _time host', 'statistics'],
    ['| inputlookup assets.csv', 'statistics'],
    ['| makeresults | eval x=1', 'statistics'],
    ['* | timechart span=1h count by host', 'timechart'],
    ['* | timechart count | eval n=count*2', 'timechart'],
    ['* | timechart count | table _time count', 'statistics'],
    ['* | stats count by _time | timechart count', 'timechart'],
    ['| tstats count where index=* by sourcetype', 'statistics'],
    ['| metadata type=hosts index=*', 'statistics'],
    ['| eventcount summarize=false index=*', 'statistics'],
    ['* | fieldsummary', 'statistics'],
    ['* | stats count by host, src | xyseries host src count', 'statistics'],
    ['* | stats count by host | untable host f v', 'statistics'],
    ['* | spath | regex _raw="x"', 'events'],
  ])('%s: %s', (query, kind) => {
    expect(resultKind(parseSearch(query))).toBe(kind);
  });
});
