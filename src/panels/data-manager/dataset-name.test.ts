import { describe, expect, it } from 'vitest';
import { defaultDatasetName } from './dataset-name';

const file = (name: string) => new File(['x'], name);

describe('defaultDatasetName', () => {
  it('strips format and compression suffixes of the first file', () => {
    expect(defaultDatasetName([file('botsv2-sample.csv.gz'), file('other.json')])).toBe(
      'botsv2-sample',
    );
    expect(defaultDatasetName([file('events.JSONL')])).toBe('events');
  });

  it('keeps dots that are part of the name', () => {
    expect(defaultDatasetName([file('proxy.2017-08.csv')])).toBe('proxy.2017-08');
    expect(defaultDatasetName([file('not-a-log.bin')])).toBe('not-a-log.bin');
  });

  it('never yields an empty name', () => {
    expect(defaultDatasetName([file('.csv')])).toBe('.csv');
  });
});
