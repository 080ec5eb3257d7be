import type { ResultViewProps } from '../types';

// Placeholder until this view is built; shows the row count so the panel is usable meanwhile.
export function EventsView({ result }: ResultViewProps) {
  return <p>{result.rows.length} rows</p>;
}
