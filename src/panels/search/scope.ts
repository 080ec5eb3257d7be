import type { DatasetRecord } from '../../data/db/schema-types';

/** Which datasets a search runs over, and why. */
export interface SearchScope {
  ids: string[];
  /** The user narrowed it (the URL holds their choice). */
  chosen: boolean;
  /**
   * For a hunt step: the datasets holding some of the hunt's sourcetypes that its default leaves
   * out, so two copies of the same data (the sample and one's own export) are not counted twice.
   */
  leftOut: DatasetRecord[];
}

/**
 * The default scope. The search page covers every dataset, as Splunk's `index=*` does. A hunt step
 * covers the dataset holding most of the hunt's sourcetypes (the newest of equals); others that
 * hold some are left out but named, and the user may add them. Without any such dataset it covers
 * everything (the step then shows what is missing).
 */
export function defaultScope(
  datasets: readonly DatasetRecord[],
  huntSourcetypes?: readonly string[],
): { ids: string[]; leftOut: DatasetRecord[] } {
  const all = datasets.map((d) => d.id);
  if (!huntSourcetypes) return { ids: all, leftOut: [] };
  const covered = (d: DatasetRecord) =>
    huntSourcetypes.filter((st) => (d.sourcetypes[st] ?? 0) > 0).length;
  const eligible = datasets.filter((d) => covered(d) > 0);
  if (eligible.length === 0) return { ids: all, leftOut: [] };
  // Datasets come newest first, so the first of the best is the newest.
  const best = eligible.reduce((a, b) => (covered(b) > covered(a) ? b : a));
  return { ids: [best.id], leftOut: eligible.filter((d) => d !== best) };
}

/** The scope in force: the user's choice where it still names stored datasets, else the default. */
export function searchScope(
  datasets: readonly DatasetRecord[],
  chosen: readonly string[] | undefined,
  huntSourcetypes?: readonly string[],
): SearchScope {
  const fallback = defaultScope(datasets, huntSourcetypes);
  const known = new Set(datasets.map((d) => d.id));
  const ids = (chosen ?? []).filter((id) => known.has(id));
  if (ids.length === 0) return { ...fallback, chosen: false };
  return { ids, chosen: true, leftOut: fallback.leftOut.filter((d) => !ids.includes(d.id)) };
}

/** The sorted distinct indexes of some datasets. */
export function indexesOf(datasets: readonly DatasetRecord[]): string[] {
  return [...new Set(datasets.flatMap((d) => d.indexes))].sort();
}
