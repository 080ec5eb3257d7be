export type IndicatorKind =
  'ipv4' | 'ipv6' | 'domain' | 'email' | 'url' | 'file' | 'md5' | 'sha1' | 'sha256';

/** Where an indicator was seen: a step and search of the hunt, or a pin. `label` is human text. */
export interface IndicatorSighting {
  stepId?: string;
  searchId?: string;
  pinId?: string;
  label: string;
}

export interface Indicator {
  kind: IndicatorKind;
  value: string;
  seen: IndicatorSighting[];
}

/** One candidate found in text, before sightings are attached. */
export interface FoundIndicator {
  kind: IndicatorKind;
  value: string;
}
