import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../../data/db/schema-types';
import { missingIndexes, namedIndexes } from './index-notice';
import { defaultScope, indexesOf, searchScope } from './scope';

function ds(id: string, sourcetypes: Record<string, number>, indexes: string[]): DatasetRecord {
  return { id, name: id, sourcetypes, indexes } as DatasetRecord;
}

// Newest first, as listDatasets gives them.
const MINE = ds('mine', { 'stream:ftp': 10, suricata: 5 }, ['botsv2']);
const SAMPLE = ds('sample', { 'stream:ftp': 3, suricata: 2, wineventlog: 1 }, ['botsv2']);
const ZEEK = ds('zeek', { 'zeek:conn': 4 }, ['main']);
const ALL = [MINE, SAMPLE, ZEEK];
const HUNT = ['stream:ftp', 'suricata', 'wineventlog'];

describe('the datasets a search covers', () => {
  it('is everything on the search page', () => {
    expect(defaultScope(ALL)).toEqual({ ids: ['mine', 'sample', 'zeek'], leftOut: [] });
    expect(indexesOf(ALL)).toEqual(['botsv2', 'main']);
  });

  it('is, for a hunt, the dataset holding most of its sourcetypes; others holding some are named', () => {
    expect(defaultScope(ALL, HUNT)).toEqual({ ids: ['sample'], leftOut: [MINE] });
    // Equals: the newest.
    expect(defaultScope([MINE, SAMPLE, ZEEK], ['stream:ftp']).ids).toEqual(['mine']);
    // No dataset has the hunt's data: everything, so the step shows what is missing.
    expect(defaultScope([ZEEK], HUNT)).toEqual({ ids: ['zeek'], leftOut: [] });
  });

  it('follows the user’s choice while it names stored datasets', () => {
    expect(searchScope(ALL, ['mine', 'sample'], HUNT)).toEqual({
      ids: ['mine', 'sample'],
      chosen: true,
      leftOut: [],
    });
    expect(searchScope(ALL, ['gone'], HUNT)).toEqual({
      ids: ['sample'],
      chosen: false,
      leftOut: [MINE],
    });
  });
});

describe('indexes a search names', () => {
  it('reads index= and index IN from the base search, not under NOT or later commands', () => {
    expect(namedIndexes('index=botsv1 sourcetype=x')).toEqual(['botsv1']);
    expect(namedIndexes('(index=a OR index=b*) NOT index=c | search index=d')).toEqual(['a', 'b*']);
    expect(namedIndexes('index IN (a, b) ftp')).toEqual(['a', 'b']);
    expect(namedIndexes('index=* | stats count')).toEqual(['*']);
    expect(namedIndexes('| makeresults')).toEqual([]);
    expect(namedIndexes('index=a | frobnicate')).toEqual([]);
  });

  it('finds those no dataset has, wildcards and case as the search matches them', () => {
    expect(missingIndexes(['botsv1', 'BOTSV2', 'bots*', '*', 'x*'], ['botsv2', 'main'])).toEqual([
      'botsv1',
      'x*',
    ]);
  });
});
