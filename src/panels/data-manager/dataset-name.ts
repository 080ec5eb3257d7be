// Only extensions we know to be format or compression suffixes are stripped, so that
// "proxy.2017-08.csv.gz" keeps its date part: "proxy.2017-08".
const KNOWN_SUFFIX = /\.(gz|gzip|csv|tsv|json|jsonl|ndjson|txt|log)$/i;

/** The name a dataset gets when the user did not type one: the first file's, sans suffixes. */
export function defaultDatasetName(files: readonly File[]): string {
  let name = files[0]?.name ?? '';
  while (KNOWN_SUFFIX.test(name)) name = name.replace(KNOWN_SUFFIX, '');
  return name.trim() || (files[0]?.name ?? 'dataset');
}
