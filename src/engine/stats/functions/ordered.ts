import type { Scalar } from '../../values';
import { valueKey } from './counting';
import { defineStats } from './types';

/** Splunk's list() keeps at most this many values (limits.conf list_maxsize). */
export const LIST_MAX = 100;

interface Distinct {
  seen: Set<string>;
}

interface List {
  values: Scalar[];
}

interface Pick {
  value: Scalar | null;
  time: number;
}

interface Frequencies {
  counts: Map<string, { value: Scalar; n: number }>;
}

function multi(values: Scalar[]): Scalar | Scalar[] | null {
  if (values.length === 0) return null;
  return values.length === 1 ? values[0] : values;
}

// Code-unit order, which is UTF-8 byte order for all but astral characters: "10" before "9",
// upper case before lower case, as Splunk lists values().
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pickByTime(earlier: boolean) {
  return (s: Pick, v: Scalar, time: number) => {
    if (Number.isNaN(time)) return;
    // Strict comparison: among events of the same second the first seen wins.
    if (s.value === null || (earlier ? time < s.time : time > s.time)) {
      s.value = v;
      s.time = time;
    }
  };
}

export const ORDERED_FUNCTIONS = [
  defineStats<Distinct>({
    name: 'values',
    meta: { syntax: 'values(<field>)', description: 'The distinct values, sorted as text.' },
    init: () => ({ seen: new Set() }),
    add: (s, v) => {
      s.seen.add(valueKey(v));
    },
    result: (s) => multi([...s.seen].sort(byCodeUnit)),
  }),
  defineStats<List>({
    name: 'list',
    meta: { syntax: 'list(<field>)', description: 'Every value in order, up to 100.' },
    init: () => ({ values: [] }),
    add: (s, v) => {
      if (s.values.length < LIST_MAX) s.values.push(v);
    },
    result: (s) => multi([...s.values]),
  }),
  defineStats<Pick>({
    name: 'first',
    meta: {
      syntax: 'first(<field>)',
      description: 'The first value seen (the newest event in a search).',
    },
    init: () => ({ value: null, time: 0 }),
    add: (s, v) => {
      if (s.value === null) s.value = v;
    },
    result: (s) => s.value,
  }),
  defineStats<Pick>({
    name: 'last',
    meta: {
      syntax: 'last(<field>)',
      description: 'The last value seen (the oldest event in a search).',
    },
    init: () => ({ value: null, time: 0 }),
    add: (s, v) => {
      s.value = v;
    },
    result: (s) => s.value,
  }),
  defineStats<Pick>({
    name: 'earliest',
    meta: { syntax: 'earliest(<field>)', description: 'The value of the earliest event.' },
    init: () => ({ value: null, time: 0 }),
    add: pickByTime(true),
    result: (s) => s.value,
  }),
  defineStats<Pick>({
    name: 'latest',
    meta: { syntax: 'latest(<field>)', description: 'The value of the latest event.' },
    init: () => ({ value: null, time: 0 }),
    add: pickByTime(false),
    result: (s) => s.value,
  }),
  defineStats<Pick>({
    name: 'earliest_time',
    meta: {
      syntax: 'earliest_time(<field>)',
      description: 'The time of the earliest event with the field.',
    },
    init: () => ({ value: null, time: 0 }),
    add: pickByTime(true),
    result: (s) => (s.value === null ? null : s.time),
  }),
  defineStats<Pick>({
    name: 'latest_time',
    meta: {
      syntax: 'latest_time(<field>)',
      description: 'The time of the latest event with the field.',
    },
    init: () => ({ value: null, time: 0 }),
    add: pickByTime(false),
    result: (s) => (s.value === null ? null : s.time),
  }),
  defineStats<Frequencies>({
    name: 'mode',
    meta: { syntax: 'mode(<field>)', description: 'The most frequent value.' },
    init: () => ({ counts: new Map() }),
    add: (s, v) => {
      const k = valueKey(v);
      const c = s.counts.get(k);
      if (c) c.n++;
      else s.counts.set(k, { value: v, n: 1 });
    },
    // Ties go to the value seen first (the map keeps insertion order).
    result: (s) => {
      let best: { value: Scalar; n: number } | null = null;
      for (const c of s.counts.values()) if (!best || c.n > best.n) best = c;
      return best ? best.value : null;
    },
  }),
];
