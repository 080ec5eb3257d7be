/**
 * Maps keyed by names that come from data (field names, lookup columns, hosts): log data is
 * written by attackers, and a plain object would treat `__proto__` as its prototype and find
 * `constructor`, `toString` or `hasOwnProperty` where the data has no such field. Every such map
 * is made here, without a prototype, or is a `Map`. See "Data maps" in the engine's README.
 */

/** An empty map from data names to T. */
export function dataMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** `Object.fromEntries` without a prototype. */
export function dataMapOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const map = dataMap<T>();
  for (const [key, value] of entries) map[key] = value;
  return map;
}

/**
 * A fixed table written in the code (aliases, converters) as a map without a prototype: it is
 * looked up with names from a query or from data, where `constructor` must find nothing.
 */
export function constMap<T>(table: { readonly [key: string]: T }): Readonly<Record<string, T>> {
  return Object.freeze(dataMapOf(Object.entries(table)));
}

/**
 * Whether the map holds `key` itself. For maps that may have a prototype (parsed JSON, anything
 * from IndexedDB or another thread), where `key in map` and `map[key]` see Object.prototype.
 */
export function hasKey(map: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}

/** `map[key]` when the map holds it itself, else undefined (see {@link hasKey}). */
export function ownValue<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return hasKey(map, key) ? map[key] : undefined;
}

/**
 * A map that crossed a structured clone (postMessage, IndexedDB) or came out of JSON.parse: the
 * clone keeps every own key, `__proto__` included, but gives the object Object.prototype again.
 * Drops it, in place, and returns the same object.
 */
export function adoptDataMap<M extends object>(map: M): M {
  if (Object.getPrototypeOf(map) !== null) Object.setPrototypeOf(map, null);
  return map;
}

/** {@link adoptDataMap} for every map of a list (rows received from a worker). */
export function adoptDataMaps<M extends object>(maps: M[]): M[] {
  for (const map of maps) adoptDataMap(map);
  return maps;
}
