import type { StoredResult } from '../../data/search/client';

const resultKeys = new WeakMap<StoredResult, number>();
let nextKey = 1;

/** A number per result object, for React keys: a new result starts its views afresh. */
export function resultKey(result: StoredResult): number {
  let key = resultKeys.get(result);
  if (key === undefined) {
    key = nextKey++;
    resultKeys.set(result, key);
  }
  return key;
}
