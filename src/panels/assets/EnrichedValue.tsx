interface EnrichedValueProps {
  field: string;
  value: string;
}

/**
 * A cell value that may name a host or IP from the asset lookup. Placeholder: the text only,
 * until asset enrichment is built.
 */
export function EnrichedValue({ value }: EnrichedValueProps) {
  return <>{value}</>;
}
