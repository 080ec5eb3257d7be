/** A value of an extracted field; arrays are multivalue fields. */
export type FieldValue = string | number | readonly string[];

/** One event as Splunk would export it: the indexed metadata, `_raw`, and extracted fields. */
export interface SampleEvent {
  /** Epoch milliseconds. */
  time: number;
  host: string;
  source: string;
  sourcetype: string;
  raw: string;
  fields: Record<string, FieldValue | undefined>;
}

/**
 * Whether the event belongs to the story (the scenario) or to the background. Only the
 * generator needs this, to check that the background never touches what the story owns.
 */
export interface TaggedEvent extends SampleEvent {
  scenario: boolean;
}

export const INDEX = 'botsv2';
export const SPLUNK_SERVER = 'idx-01.frothly.local';

export const SOURCETYPE = {
  ftp: 'stream:ftp',
  dns: 'stream:dns',
  http: 'stream:http',
  suricata: 'suricata',
  panTraffic: 'pan:traffic',
  panThreat: 'pan:threat',
  sysmon: 'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational',
  security: 'wineventlog',
  powershell: 'XmlWinEventLog:Microsoft-Windows-PowerShell/Operational',
} as const;
