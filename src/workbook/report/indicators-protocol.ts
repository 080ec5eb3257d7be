import type { HuntProgressRecord } from '../../data/db/schema-types';
import type { Hunt } from '../../hunts/types';
import type { Indicator } from '../indicators';

/** Gather the indicators of a hunt from its own seeds and the learner's pins and notes. */
export interface IndicatorsRequest {
  id: number;
  /** The hunt as the page has it (bundled or imported, in the page's language). */
  hunt: Hunt;
  progress: HuntProgressRecord | null;
  /** The page's locale, for the sightings' labels. */
  locale: string;
}

export type IndicatorsAnswer =
  { id: number; indicators: Indicator[] } | { id: number; error: string };
