/**
 * Palo Alto Networks firewall logs (PAN-OS 8.0 syslog): `_raw` is the syslog header and the
 * comma-separated log line in the vendor's field order; the extracted fields are the ones the
 * Splunk Add-on for Palo Alto Networks derives from it (`action` normalised to allowed/blocked,
 * the vendor's own word in `vendor_action`).
 */
import { FIREWALL } from '../cast';
import type { SampleEvent } from '../event';
import { SOURCETYPE } from '../event';
import { PAN_SEQUENCE, PAN_SESSION } from '../sequences';
import { panTime, syslogTime } from '../time';

export const PAN_SOURCE = 'udp:514';

export interface PanSession {
  time: number;
  srcIp: string;
  destIp: string;
  /** Outbound NAT address, or 0.0.0.0 when the session was not translated. */
  natSrcIp: string;
  srcPort: number;
  destPort: number;
  natSrcPort: number;
  rule: string;
  /** `frothly\billy.tun`, or empty when the user is unknown (inbound, servers). */
  user: string;
  app: string;
  srcZone: 'Trust' | 'Untrust' | 'Servers';
  destZone: 'Trust' | 'Untrust' | 'Servers';
  protocol: 'tcp' | 'udp';
  /** The firewall's own word: allow, deny, drop, reset-both. */
  vendorAction: 'allow' | 'deny' | 'drop' | 'reset-both';
  bytesSent: number;
  bytesReceived: number;
  packetsSent: number;
  packetsReceived: number;
  elapsedSec: number;
  category: string;
  destLocation: string;
  endReason: 'tcp-fin' | 'tcp-rst-from-client' | 'aged-out' | 'policy-deny';
}

const INTERFACE = { Trust: 'ethernet1/2', Servers: 'ethernet1/3', Untrust: 'ethernet1/1' };

function location(ip: string): string {
  return ip.startsWith('10.') ? '10.0.0.0-10.255.255.255' : '';
}

function normalisedAction(vendorAction: string): 'allowed' | 'blocked' {
  return vendorAction === 'allow' || vendorAction === 'alert' ? 'allowed' : 'blocked';
}

export function panTraffic(s: PanSession): SampleEvent {
  const t = panTime(s.time);
  const start = panTime(s.time - s.elapsedSec * 1000);
  const subtype = s.vendorAction === 'allow' ? 'end' : 'deny';
  const bytes = s.bytesSent + s.bytesReceived;
  const line = [
    1,
    t,
    FIREWALL.serial,
    'TRAFFIC',
    subtype,
    1,
    t,
    s.srcIp,
    s.destIp,
    s.natSrcIp,
    s.natSrcIp === '0.0.0.0' ? '0.0.0.0' : s.destIp,
    s.rule,
    s.user,
    '',
    s.app,
    'vsys1',
    s.srcZone,
    s.destZone,
    INTERFACE[s.srcZone],
    INTERFACE[s.destZone],
    'Splunk',
    t,
    PAN_SESSION,
    1,
    s.srcPort,
    s.destPort,
    s.natSrcPort,
    s.natSrcIp === '0.0.0.0' ? 0 : s.destPort,
    s.vendorAction === 'allow' ? '0x40001c' : '0x0',
    s.protocol,
    s.vendorAction,
    bytes,
    s.bytesSent,
    s.bytesReceived,
    s.packetsSent + s.packetsReceived,
    start,
    s.elapsedSec,
    s.category,
    0,
    PAN_SEQUENCE,
    '0x0',
    location(s.srcIp) || 'United States',
    location(s.destIp) || s.destLocation,
    0,
    s.packetsSent,
    s.packetsReceived,
    s.endReason,
    0,
    0,
    0,
    0,
    '',
    FIREWALL.host,
    'from-policy',
  ].join(',');
  return {
    time: s.time,
    host: FIREWALL.host,
    source: PAN_SOURCE,
    sourcetype: SOURCETYPE.panTraffic,
    raw: `${syslogTime(s.time)} ${FIREWALL.host} ${line}`,
    fields: {
      log_subtype: subtype,
      src: s.srcIp,
      src_ip: s.srcIp,
      src_port: s.srcPort,
      src_translated_ip: s.natSrcIp,
      dest: s.destIp,
      dest_ip: s.destIp,
      dest_port: s.destPort,
      rule: s.rule,
      user: s.user || undefined,
      app: s.app,
      src_zone: s.srcZone,
      dest_zone: s.destZone,
      transport: s.protocol,
      action: normalisedAction(s.vendorAction),
      vendor_action: s.vendorAction,
      bytes,
      bytes_out: s.bytesSent,
      bytes_in: s.bytesReceived,
      session_end_reason: s.endReason,
    },
  };
}

export interface PanThreatLog {
  time: number;
  srcIp: string;
  destIp: string;
  srcPort: number;
  destPort: number;
  rule: string;
  user: string;
  app: string;
  subtype: 'file' | 'data' | 'vulnerability';
  vendorAction: 'alert' | 'deny' | 'block-continue';
  fileName: string;
  threatName: string;
  threatId: number;
  category: string;
  severity: 'informational' | 'low' | 'medium' | 'high' | 'critical';
  fileType: string;
}

export function panThreat(e: PanThreatLog): SampleEvent {
  const t = panTime(e.time);
  const line = [
    1,
    t,
    FIREWALL.serial,
    'THREAT',
    e.subtype,
    1,
    t,
    e.srcIp,
    e.destIp,
    '0.0.0.0',
    '0.0.0.0',
    e.rule,
    e.user,
    '',
    e.app,
    'vsys1',
    'Untrust',
    'Untrust',
    INTERFACE.Untrust,
    INTERFACE.Untrust,
    'Splunk',
    t,
    PAN_SESSION,
    1,
    e.srcPort,
    e.destPort,
    0,
    0,
    '0x0',
    'tcp',
    e.vendorAction,
    `"${e.fileName}"`,
    `${e.threatName}(${e.threatId})`,
    e.category,
    e.severity,
    'client-to-server',
    PAN_SEQUENCE,
    '0x0',
    'United States',
    'United States',
    0,
    '',
    0,
    '',
    '',
    0,
    '',
    e.fileType,
    '',
    '',
    '',
    '',
    '',
    0,
    0,
    0,
    0,
    0,
    '',
    FIREWALL.host,
  ].join(',');
  return {
    time: e.time,
    host: FIREWALL.host,
    source: PAN_SOURCE,
    sourcetype: SOURCETYPE.panThreat,
    raw: `${syslogTime(e.time)} ${FIREWALL.host} ${line}`,
    fields: {
      log_subtype: e.subtype,
      src: e.srcIp,
      src_ip: e.srcIp,
      src_port: e.srcPort,
      dest: e.destIp,
      dest_ip: e.destIp,
      dest_port: e.destPort,
      rule: e.rule,
      user: e.user || undefined,
      app: e.app,
      src_zone: 'Untrust',
      dest_zone: 'Untrust',
      action: normalisedAction(e.vendorAction),
      vendor_action: e.vendorAction,
      file_name: e.fileName,
      threat_name: e.threatName,
      threat_id: e.threatId,
      severity: e.severity,
      category: e.category,
    },
  };
}
