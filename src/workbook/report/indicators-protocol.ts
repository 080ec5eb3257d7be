import type { HuntProgressRecord } from '../../data/db/schema-types';
import type { Indicator } from '../indicators';

/** Gather the indicators of a hunt from its own seeds and the learner's pins and notes. */
export interface IndicatorsRequest {
  id: number;
  huntId: string;
  progress: HuntProgressRecord | null;
  /** The page's locale, for the sightings' labels. */
  locale: string;
}

export type IndicatorsAnswer =
  { id: number; indicators: Indicator[] } | { id: number; error: string };
